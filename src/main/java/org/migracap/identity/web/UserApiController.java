package org.migracap.identity.web;

import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import org.migracap.identity.domain.UserService;
import org.migracap.platform.Access;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.ETags;
import org.migracap.platform.Role;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * JSON API of users: the current user for everyone signed in, user administration for administrators.
 */
@RestController
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
class UserApiController {

	private final UserService users;

	UserApiController(UserService users) {
		this.users = users;
	}

	@GetMapping("/me")
	@Access
	CurrentUser me() {
		return CurrentUser.required();
	}

	@GetMapping("/users")
	@Access(Role.ADMIN)
	PagedModel<UserService.UserRecord> list(@ParameterObject UserListParameters parameters) {
		return new PagedModel<>(users.search(parameters.words(), parameters.countryCode(), parameters.pageRequest()));
	}

	@GetMapping("/users/{id}")
	@Access(Role.ADMIN)
	ResponseEntity<UserService.UserRecord> get(@PathVariable long id) {
		UserService.UserRecord user = users.get(id);
		return ResponseEntity.ok().eTag(ETags.of(user.version())).body(user);
	}

	@Schema(description = "A new account: user name, e-mail, display name, roles, country (for focal points), language and "
			+ "a first password the user is asked to change.",
			example = "{\"username\": \"focal.uga\", \"email\": \"focal.uga@example.org\", \"displayName\": \"Focal point of Uganda\", "
					+ "\"roles\": [\"FOCAL_POINT\"], \"countryCode\": \"UGA\", \"preferredLanguage\": \"en\", "
					+ "\"password\": \"correct horse battery staple\"}")
	record CreateUserRequest(@NotBlank @Pattern(regexp = "[a-zA-Z0-9._-]{3,80}") String username,
			@NotBlank @Email @Size(max = 200) String email, @NotBlank @Size(max = 200) String displayName,
			@NotEmpty Set<Role> roles, @Nullable @Size(max = 3) String countryCode,
			@Nullable @Size(max = 5) String preferredLanguage,
			@NotBlank @Size(min = UserService.MIN_PASSWORD, max = 200) String password) {
	}

	@PostMapping(path = "/users", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Access(Role.ADMIN)
	UserService.UserRecord create(@Valid @RequestBody CreateUserRequest request) {
		return users.create(new UserService.NewUser(request.username(), request.email(), request.displayName(),
				request.roles(), request.countryCode(),
				request.preferredLanguage() == null ? "en" : request.preferredLanguage(), request.password()));
	}

	@Schema(description = "An account's details; version is the account's version read (or send it as If-Match).",
			example = "{\"version\": 0, \"email\": \"focal.uga@example.org\", \"displayName\": \"Focal point of Uganda\", "
					+ "\"roles\": [\"FOCAL_POINT\"], \"countryCode\": \"UGA\", \"preferredLanguage\": \"fr\"}")
	record UpdateUserRequest(@Nullable Long version, @NotBlank @Email @Size(max = 200) String email,
			@NotBlank @Size(max = 200) String displayName, @NotEmpty Set<Role> roles, @Nullable @Size(max = 3) String countryCode,
			@Nullable @Size(max = 5) String preferredLanguage) {
	}

	@PutMapping(path = "/users/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Access(Role.ADMIN)
	ResponseEntity<UserService.UserRecord> update(@PathVariable long id, @Valid @RequestBody UpdateUserRequest request,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		long version = ETags.required(ifMatch, request.version());
		ETags.update(ifMatch, () -> users.update(id, new UserService.UserChanges(version, request.email(),
				request.displayName(), request.roles(), request.countryCode(),
				request.preferredLanguage() == null ? "en" : request.preferredLanguage())));
		UserService.UserRecord user = users.get(id); // read after the commit: the version it gave the account
		return ResponseEntity.ok().eTag(ETags.of(user.version())).body(user);
	}

}
