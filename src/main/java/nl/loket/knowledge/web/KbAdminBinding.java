package nl.loket.knowledge.web;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.DefaultMessageCodesResolver;
import org.springframework.validation.MessageCodesResolver;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Form binding on the editors' pages: a value that is not even of the right kind (letters in a
 * number field) gets our own text in the editor's language instead of Spring's technical default.
 */
@ControllerAdvice(
        assignableTypes = {ArticleAdminController.class, CategoryAdminController.class, SynonymAdminController.class})
class KbAdminBinding {

    static final String TYPE_MISMATCH = "knowledge.admin.form.invalid-value";

    @InitBinder
    void messageCodes(WebDataBinder binder) {
        binder.setMessageCodesResolver(new TypeMismatchCodes());
    }

    private static final class TypeMismatchCodes implements MessageCodesResolver {

        private final DefaultMessageCodesResolver defaults = new DefaultMessageCodesResolver();

        @Override
        public String[] resolveMessageCodes(String errorCode, String objectName) {
            return defaults.resolveMessageCodes(errorCode, objectName);
        }

        @Override
        public String[] resolveMessageCodes(
                String errorCode, String objectName, String field, @Nullable Class<?> fieldType) {
            if ("typeMismatch".equals(errorCode)) {
                return new String[] {TYPE_MISMATCH};
            }
            return defaults.resolveMessageCodes(errorCode, objectName, field, fieldType);
        }
    }
}
