package org.migracap.identity.web;

import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.migracap.identity.domain.UserService;
import org.migracap.platform.Access;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.Role;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
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
	UserService.UserRecord get(@PathVariable long id) {
		return users.get(id);
	}

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

	record UpdateUserRequest(@NotNull Long version, @NotBlank @Email @Size(max = 200) String email,
			@NotBlank @Size(max = 200) String displayName, @NotEmpty Set<Role> roles, @Nullable @Size(max = 3) String countryCode,
			@Nullable @Size(max = 5) String preferredLanguage) {
	}

	@PutMapping(path = "/users/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Access(Role.ADMIN)
	UserService.UserRecord update(@PathVariable long id, @Valid @RequestBody UpdateUserRequest request) {
		return users.update(id, new UserService.UserChanges(request.version(), request.email(), request.displayName(),
				request.roles(), request.countryCode(),
				request.preferredLanguage() == null ? "en" : request.preferredLanguage()));
	}

}
