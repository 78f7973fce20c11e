package nl.loket.system;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/** What a {@code @WebMvcTest} slice needs to render pages as the app does: security, language, layout. */
@TestConfiguration(proxyBeanMethods = false)
@Import({SecurityConfiguration.class, LanguageConfiguration.class, Layout.class})
@EnableConfigurationProperties(LoketSettings.class)
public class SystemWebSlice {}
