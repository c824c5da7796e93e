package org.migracap.identity.domain;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.migracap.platform.DemoSettings;
import org.migracap.platform.Role;
import org.migracap.platform.StartupData;
import org.springframework.stereotype.Component;

/**
 * Demo accounts, one or more per role, with focal points of countries along real migration corridors. All share the
 * demo password and are listed on the sign-in page in demo mode only.
 */
@Component
public class DemoUsers implements StartupData {

	public record DemoAccount(String username, String displayName, Set<Role> roles, @Nullable String country,
			String language) {
	}

	public static final List<DemoAccount> ACCOUNTS = List.of(
			new DemoAccount("admin", "Alex Admin (demo)", Set.of(Role.ADMIN), null, "en"),
			new DemoAccount("coordinator", "Chris Coordinator (demo)", Set.of(Role.COORDINATOR), null, "en"),
			new DemoAccount("facilitator", "Fatou Facilitator (demo)", Set.of(Role.FACILITATOR), null, "fr"),
			new DemoAccount("participant", "Pablo Participant (demo)", Set.of(Role.PARTICIPANT), null, "es"),
			new DemoAccount("focal.ken", "Kenya focal point (demo)", Set.of(Role.FOCAL_POINT), "KEN", "en"),
			new DemoAccount("focal.gtm", "Guatemala focal point (demo)", Set.of(Role.FOCAL_POINT), "GTM", "es"),
			new DemoAccount("focal.mex", "Mexico focal point (demo)", Set.of(Role.FOCAL_POINT), "MEX", "es"),
			new DemoAccount("focal.mar", "Morocco focal point (demo)", Set.of(Role.FOCAL_POINT), "MAR", "fr"),
			new DemoAccount("focal.esp", "Spain focal point (demo)", Set.of(Role.FOCAL_POINT), "ESP", "es"),
			new DemoAccount("focal.phl", "Philippines focal point (demo)", Set.of(Role.FOCAL_POINT), "PHL", "en"),
			new DemoAccount("focal.sen", "Senegal focal point (demo)", Set.of(Role.FOCAL_POINT, Role.PARTICIPANT),
					"SEN", "fr"));

	private final UserService users;

	private final DemoSettings settings;

	DemoUsers(UserService users, DemoSettings settings) {
		this.users = users;
		this.settings = settings;
	}

	@Override
	public String name() {
		return "demo-users";
	}

	@Override
	public int order() {
		return 900;
	}

	@Override
	public String version() {
		return "1";
	}

	@Override
	public boolean demo() {
		return true;
	}

	@Override
	public void load() {
		@Nullable String encoded = null;
		for (DemoAccount account : ACCOUNTS) {
			if (users.findByUsername(account.username()).isEmpty()) {
				if (encoded == null) {
					encoded = users.encodePassword(settings.password());
				}
				users.createDemoEncoded(account.username(), account.displayName(), account.roles(), account.country(),
						account.language(), encoded);
			}
		}
	}

}
