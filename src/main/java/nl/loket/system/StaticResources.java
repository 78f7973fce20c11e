package nl.loket.system;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * How static files (CSS, scripts, webjars) are linked. Loket links them by fixed paths, without
 * versioned URLs, and the webjars locator finds a webjar's file without its version when it is
 * served.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources {

    /**
     * Spring Boot adds this filter because a webjars locator is present. It would rewrite every
     * link a page writes, looking each one up on the class path as a possible static file: most of
     * an article page's rendering time, for links that never change.
     */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        var registration = new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }
}
