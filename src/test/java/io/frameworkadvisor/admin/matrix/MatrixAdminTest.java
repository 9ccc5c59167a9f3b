package io.frameworkadvisor.admin.matrix;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.frameworkadvisor.WebTest;

import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.TestPropertySource;

/**
 * A {@link WebTest} of the matrix area, signed in as an editor, on a database of the
 * area's own: its tests add topics (copies of the seed among them) that would change the
 * evidence counts other tests assert. The property only gives these classes a context
 * (and an embedded PostgreSQL) that they share with each other and nobody else.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebTest
@WithMockUser(username = "editor", roles = "EDITOR")
@TestPropertySource(properties = "advisor.test.context=admin-matrix")
@interface MatrixAdminTest {

}
