package nl.loket.accounts.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import nl.loket.accounts.ApiScope;
import nl.loket.accounts.RequiresScope;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;

/** Describes personal API tokens in the OpenAPI document: the bearer scheme and each operation's scope. */
@Configuration(proxyBeanMethods = false)
class ApiTokenDocumentation {

    static final String SCHEME = "apiToken";

    @Bean
    OpenApiCustomizer apiTokenScheme() {
        return openApi -> {
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            openApi.getComponents()
                    .addSecuritySchemes(
                            SCHEME,
                            new SecurityScheme()
                                    .type(SecurityScheme.Type.HTTP)
                                    .scheme("bearer")
                                    .description("A personal API token (lkt_…) that staff make on "
                                            + "/portal/security/api-tokens, with the scopes it may use. "
                                            + "A signed-in session works too; it has every scope its roles allow."));
        };
    }

    @Bean
    OperationCustomizer apiTokenScopes() {
        return (operation, handler) -> {
            var required = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequiresScope.class);
            if (required == null) {
                required = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), RequiresScope.class);
            }
            if (required != null) {
                ApiScope scope = required.value();
                var requirement = new SecurityRequirement().addList(SCHEME, List.of(scope.value()));
                // Handlers of one path and method that differ in what they consume (JSON, multipart)
                // share one operation: it needs the requirement once.
                if (operation.getSecurity() == null || !operation.getSecurity().contains(requirement)) {
                    operation.addSecurityItem(requirement);
                }
            }
            return operation;
        };
    }
}
