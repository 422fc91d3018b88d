/// What a person may see, from the groups in their verified ID token.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Role {
    Professional,
    Client,
    Admin,
}

impl Role {
    pub const PROFESSIONAL_GROUP: &'static str = "professional";
    pub const CLIENT_GROUP: &'static str = "client";

    /// The dashboard a person lands on. A professional who is also a client sees the
    /// professional dashboard; admin rights alone lead to the people list.
    pub fn primary(groups: &[String], admin_group: &str) -> Option<Role> {
        let has = |name: &str| groups.iter().any(|g| g == name);
        if has(Self::PROFESSIONAL_GROUP) {
            Some(Role::Professional)
        } else if has(Self::CLIENT_GROUP) {
            Some(Role::Client)
        } else if has(admin_group) {
            Some(Role::Admin)
        } else {
            None
        }
    }

    /// Every portal group, in the order forms offer them.
    pub const ALL: [Role; 3] = [Role::Professional, Role::Client, Role::Admin];

    /// The Cognito group that grants this role.
    pub fn group(self, admin_group: &str) -> &str {
        match self {
            Role::Professional => Self::PROFESSIONAL_GROUP,
            Role::Client => Self::CLIENT_GROUP,
            Role::Admin => admin_group,
        }
    }

    /// A group name from a form: only the portal's own groups.
    pub fn from_group(name: &str, admin_group: &str) -> Option<Role> {
        Self::ALL.into_iter().find(|r| r.group(admin_group) == name)
    }

    /// The role's name, for people to read.
    pub fn label(self) -> crate::i18n::Msg {
        crate::i18n::Msg::new(self.label_id())
    }

    fn label_id(self) -> &'static str {
        match self {
            Role::Professional => "role-professional",
            Role::Client => "role-client",
            Role::Admin => "role-admin",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_portal_groups_parse() {
        assert_eq!(Role::from_group("client", "staff"), Some(Role::Client));
        assert_eq!(Role::from_group("staff", "staff"), Some(Role::Admin));
        assert_eq!(Role::from_group("admin", "staff"), None);
        assert_eq!(Role::Admin.group("staff"), "staff");
    }

    fn groups(names: &[&str]) -> Vec<String> {
        names.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn the_primary_role_prefers_professional_then_client_then_admin() {
        assert_eq!(
            Role::primary(&groups(&["client", "professional"]), "admin"),
            Some(Role::Professional)
        );
        assert_eq!(
            Role::primary(&groups(&["admin", "client"]), "admin"),
            Some(Role::Client)
        );
        assert_eq!(
            Role::primary(&groups(&["admin"]), "admin"),
            Some(Role::Admin)
        );
        assert_eq!(Role::primary(&groups(&["staff"]), "admin"), None);
    }
}
