import { ObsError } from "@obs-toolkit/server";
import type { CannedAcl, Grant } from "@obs-toolkit/validator";

/** What an ACL grants (ACL page, Table 2). FULL_CONTROL holds the other four. */
export type Permission = Grant["permission"];

/** The groups of the ACL page's Table 1, by URI. */
export const ALL_USERS = "http://acs.amazonaws.com/groups/global/AllUsers";
export const AUTHENTICATED_USERS = "http://acs.amazonaws.com/groups/global/AuthenticatedUsers";
export const LOG_DELIVERY = "http://acs.amazonaws.com/groups/s3/LogDelivery";
const GROUPS = new Set([ALL_USERS, AUTHENTICATED_USERS, LOG_DELIVERY]);

/** A grant as kept: a user by access key, or a group by URI, and the permission. */
export interface StoredGrant {
  user?: string | undefined;
  group?: string | undefined;
  permission: Permission;
}

const user = (id: string, permission: Permission): StoredGrant => ({ user: id, permission });
const group = (uri: string, permission: Permission): StoredGrant => ({ group: uri, permission });

/** The grants of a canned ACL (ACL page, Table 4) for `owner`; `bucketOwner` for an object's bucket-owner-* ones. */
export function cannedGrants(acl: CannedAcl, owner: string, bucketOwner = owner): StoredGrant[] {
  const full = user(owner, "FULL_CONTROL");
  switch (acl) {
    case "private":
      return [full];
    case "public-read":
      return [full, group(ALL_USERS, "READ")];
    case "public-read-write":
      return [full, group(ALL_USERS, "READ"), group(ALL_USERS, "WRITE")];
    case "authenticated-read":
      return [full, group(AUTHENTICATED_USERS, "READ")];
    case "bucket-owner-read":
      return owner === bucketOwner ? [full] : [full, user(bucketOwner, "READ")];
    case "bucket-owner-full-control":
      return owner === bucketOwner ? [full] : [full, user(bucketOwner, "FULL_CONTROL")];
    case "log-delivery-write":
      return [full, group(LOG_DELIVERY, "WRITE"), group(LOG_DELIVERY, "READ_ACP")];
  }
}

/** S3's header grants: `id="AK", uri="…"` lists, one header per permission. */
export function headerGrants(
  headers: Partial<Record<Permission, string | undefined>>,
  knownUser: (id: string) => boolean,
): StoredGrant[] {
  const grants: StoredGrant[] = [];
  for (const [permission, value] of Object.entries(headers) as Array<[Permission, string | undefined]>) {
    if (value === undefined) continue;
    for (const [, kind, target = ""] of value.matchAll(/(id|uri|emailAddress)="([^"]*)"/g)) {
      if (kind === "id") grants.push(grantee({ type: "CanonicalUser", id: target }, permission, knownUser));
      else if (kind === "uri") grants.push(grantee({ type: "Group", uri: target }, permission, knownUser));
      else throw new ObsError("NotImplemented", "Grants by e-mail address are not implemented.", 501);
    }
  }
  return grants;
}

/** A document's grantee as kept; one this server does not know answers InvalidArgument, as S3 does. */
export function grantee(
  who: { type: "CanonicalUser" | "Group"; id?: string | undefined; uri?: string | undefined },
  permission: Permission,
  knownUser: (id: string) => boolean,
): StoredGrant {
  if (who.type === "CanonicalUser") {
    if (who.id === undefined || !knownUser(who.id))
      throw new ObsError("InvalidArgument", `Invalid id: ${who.id ?? "(none)"}.`, 400);
    return user(who.id, permission);
  }
  if (who.uri === undefined || !GROUPS.has(who.uri))
    throw new ObsError("InvalidArgument", `Invalid group uri: ${who.uri ?? "(none)"}.`, 400);
  return group(who.uri, permission);
}

/** The grants as the AccessControlList element lists them. */
export const grantList = (grants: readonly StoredGrant[]): Grant[] =>
  grants.map(({ user: id, group: uri, permission }) => ({
    grantee: id !== undefined ? { type: "CanonicalUser", id, displayName: id } : { type: "Group", uri },
    permission,
  }));

/** Whether the grants give `requester` (an access key, or undefined when anonymous) `permission`. */
export function granted(
  grants: readonly StoredGrant[],
  requester: string | undefined,
  permission: Permission,
): boolean {
  return grants.some(
    (grant) =>
      (grant.permission === permission || grant.permission === "FULL_CONTROL") &&
      (grant.group === ALL_USERS ||
        (requester !== undefined && (grant.group === AUTHENTICATED_USERS || grant.user === requester))),
  );
}
