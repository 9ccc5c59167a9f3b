package io.frameworkadvisor.system;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Serves the app's own static files under their exact prefixes, with a content hash in
 * their URLs ({@code /css/app-<md5>.css}) so browsers may keep them for a year. Only
 * these prefixes are resource paths: with Boot's default catch-all {@code /**} mapping
 * every link rendered in a page was looked up on the classpath first, which cost more
 * than rendering the page.
 */
@Configuration(proxyBeanMethods = false)
class StaticResourceConfiguration implements WebMvcConfigurer {

	private static final CacheControl ONE_YEAR = CacheControl.maxAge(Duration.ofDays(365)).cachePublic();

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		serve(registry, "/css/**", "classpath:/static/css/");
		serve(registry, "/js/**", "classpath:/static/js/");
		// A wildcard, so that the file name is the path within the pattern (and may carry
		// its hash).
		serve(registry, "/favicon*.svg", "classpath:/static/");
	}

	private static void serve(ResourceHandlerRegistry registry, String pattern, String location) {
		registry.addResourceHandler(pattern)
			.addResourceLocations(location)
			.setCacheControl(ONE_YEAR)
			.resourceChain(true)
			.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
	}

}
