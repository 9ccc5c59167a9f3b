package io.frameworkadvisor.system;

import java.io.IOException;

import jakarta.servlet.ServletException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Serves cached public pages at the door of Tomcat's engine, before its host, context and
 * wrapper valves and the servlet filter chain: on this 2-core machine those took as much
 * time as sending the page. The {@link PageCache} filter still renders and stores pages
 * on a miss (and serves hits where no Tomcat runs, as in MockMvc tests); the valve only
 * answers what the cache already holds, with the same rules.
 */
class PageCacheValve extends ValveBase {

	private final PageCache cache;

	PageCacheValve(PageCache cache) {
		super(true);
		this.cache = cache;
	}

	@Override
	public void invoke(Request request, Response response) throws IOException, ServletException {
		if (request.getContext() == null || !this.cache.serve(request, response)) {
			getNext().invoke(request, response);
		}
	}

	/** Puts the valve first in the engine's pipeline. */
	@Component
	@ConditionalOnBooleanProperty(name = "advisor.page-cache.enabled", matchIfMissing = true)
	static class Installer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

		private final PageCache cache;

		Installer(PageCache cache) {
			this.cache = cache;
		}

		@Override
		public void customize(TomcatServletWebServerFactory factory) {
			factory.addEngineValves(new PageCacheValve(this.cache));
		}

	}

}
