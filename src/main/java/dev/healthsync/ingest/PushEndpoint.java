package dev.healthsync.ingest;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the handler of a push contract, which reads its body through {@link PushIngest}: the OpenAPI document then
 * gives it what every push shares ({@link PushDocumentation}), so an app's controller documents only its own body
 * and answers.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface PushEndpoint {
}
