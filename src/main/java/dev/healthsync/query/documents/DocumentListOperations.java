package dev.healthsync.query.documents;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Names each document list's operation after its path ({@code listMedicationDoses}): one handler serves every
 * list, so springdoc would give them one name with numbered copies, which clients generated from the document
 * would have to guess at.
 */
@Configuration(proxyBeanMethods = false)
class DocumentListOperations {

    @Bean
    OpenApiCustomizer documentListOperationIds() {
        return openApi -> {
            for (DocumentList list : DocumentList.values()) {
                PathItem item = openApi.getPaths() == null ? null : openApi.getPaths().get(list.path());
                Operation get = item == null ? null : item.getGet();
                if (get != null) {
                    get.setOperationId("list" + camel(list.path().substring(list.path().lastIndexOf('/') + 1)));
                }
            }
        };
    }

    private static String camel(String segment) {
        return Arrays.stream(segment.split("-"))
                .map(word -> Character.toUpperCase(word.charAt(0)) + word.substring(1))
                .collect(Collectors.joining());
    }
}
