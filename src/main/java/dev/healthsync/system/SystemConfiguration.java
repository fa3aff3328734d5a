package dev.healthsync.system;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Beans every feature shares. */
@Configuration(proxyBeanMethods = false)
class SystemConfiguration {

    /** One clock for the whole server, so tests can move time. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
