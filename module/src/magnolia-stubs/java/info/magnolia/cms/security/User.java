package info.magnolia.cms.security;

import java.security.Principal;
import java.util.Collection;

/**
 * Signature stub of Magnolia's {@code info.magnolia.cms.security.User} (test scope, never
 * packaged): only the two members the editor check reads. Checked against ekirkilevics/Magnolia
 * {@code magnolia-core/src/main/java/info/magnolia/cms/security/User.java} (commit 340aeab: {@code
 * public interface User extends Principal, Serializable}, {@code String getName()}, {@code
 * Collection<String> getAllRoles()} "all roles assigned to this user, collected recursively
 * including groups/subgroups"), and for Magnolia 6.4.3 against merkle-open/magnolia-dynamic-builder
 * (commit e13777c, built on 6.4.3) {@code
 * magnolia-templatebuilder/.../definition/HasRolePermissionPredicate.java}, which returns {@code
 * MgnlContext.getUser().getAllRoles()} as a {@code Collection<String>}. {@code Serializable} and
 * the other members are left out because nothing of ours uses them.
 */
public interface User extends Principal {
  @Override
  String getName();

  Collection<String> getAllRoles();
}
