package org.migracap.platform;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one handler of a page form's business-rule and concurrent-edit errors, instead of a copied
 * {@code catch (RuleViolationException | ConcurrentEditException …)} in each controller: {@link #attempt} runs the
 * action; a {@link RuleViolationException} lands next to the field its message key names (longest matching key prefix
 * of {@link Attempt#fields}) or above the form, with its arguments; a {@link ConcurrentEditException} lands above the
 * form as {@code error.concurrentEdit.generic} (or the attempt's own key) with what changed since the edited version in
 * the model attribute {@code changes}, as {@code fragments/forms} shows it, and hands the current version to
 * {@link Attempt#onConflict} so that the form can be sent again over it.
 */
@Component
public class FormErrors {

	/** The message of a concurrent edit, unless the attempt names its own. */
	public static final String CONFLICT_KEY = "error.concurrentEdit.generic";

	private final ObjectProvider<EditHistory> history;

	FormErrors(ObjectProvider<EditHistory> history) {
		this.history = history;
	}

	/** An attempt to save a form whose errors go to {@code result} (and the changes of a conflict to {@code model}). */
	public Attempt attempt(BindingResult result, Model model) {
		return new Attempt(result, model, Map.of(), CONFLICT_KEY, conflict -> null, version -> {
		}, violation -> {
		}, List.of());
	}

	/**
	 * Rejects a rule violation into the form: next to the field its key maps to, else (or when it maps to "") above
	 * the form.
	 */
	public static void reject(BindingResult result, RuleViolationException ex, Map<String, String> fields) {
		String field = null;
		int best = -1;
		for (Map.Entry<String, String> entry : fields.entrySet()) {
			if (ex.messageKey().startsWith(entry.getKey()) && entry.getKey().length() > best) {
				field = entry.getValue();
				best = entry.getKey().length();
			}
		}
		if (field == null || field.isEmpty()) {
			result.reject(ex.messageKey(), ex.args(), ex.messageKey());
		}
		else {
			result.rejectValue(field, ex.messageKey(), ex.args(), ex.messageKey());
		}
	}

	/**
	 * Puts {@code form} in the model in place of the form that was bound, keeping the errors found on it: how a page
	 * hands back an immutable form changed after the binding (a record form with the current version after a
	 * concurrent edit). The form's page must not add the old form to the model again afterwards.
	 */
	public static void rebind(Model model, BindingResult result, Object form) {
		BeanPropertyBindingResult copy = new BeanPropertyBindingResult(form, result.getObjectName());
		copy.addAllErrors(result);
		model.addAttribute(result.getObjectName(), form);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + result.getObjectName(), copy);
	}

	/**
	 * Runs an action of a page without a form (a button), and tells its outcome in the next page's flash: the success
	 * key, or the rule violation's key and arguments ({@code flashError}, {@code flashArgs}).
	 * @return true when the action ran
	 */
	public static boolean flash(RedirectAttributes redirect, Runnable action, String success) {
		return flashed(redirect, () -> {
			action.run();
			return Boolean.TRUE;
		}, success).isPresent();
	}

	/**
	 * {@link #flash(RedirectAttributes, Runnable, String)} for an action whose result the page needs (the record it
	 * made, to redirect to it).
	 * @return the action's result, empty when a rule refused it
	 */
	public static <T> Optional<T> flashed(RedirectAttributes redirect, Supplier<T> action, String success) {
		try {
			T value = action.get();
			redirect.addFlashAttribute("flashSuccess", success);
			return Optional.of(value);
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
			redirect.addFlashAttribute("flashArgs", ex.args());
			return Optional.empty();
		}
	}

	/**
	 * {@link #flash(RedirectAttributes, Runnable, String)} for an action on a versioned record: a concurrent edit is
	 * told in the next page's flash too, as the {@code conflict} key ({@code flashError}, without arguments).
	 * @return true when the action ran
	 */
	public static boolean flash(RedirectAttributes redirect, Runnable action, String success, String conflict) {
		try {
			return flash(redirect, action, success);
		}
		catch (ConcurrentEditException ex) {
			redirect.addFlashAttribute("flashError", conflict);
			return false;
		}
	}

	/**
	 * Runs an action sent from a page that is not one form (a section's button, a small inline form) and whose refusal
	 * the same page shows: the rule's key and arguments in {@code actionError} and {@code actionErrorArgs} with the
	 * rule's HTTP status, or a concurrent edit as {@link #CONFLICT_KEY} with 409 and what changed since in
	 * {@code changes}. The caller renders the page again when the result is empty.
	 * @return the action's result, empty when it was refused
	 */
	public <T> Optional<T> onPage(Model model, HttpServletResponse response, Supplier<T> action) {
		try {
			return Optional.of(action.get());
		}
		catch (RuleViolationException ex) {
			response.setStatus(ex.status().value());
			model.addAttribute("actionError", ex.messageKey());
			model.addAttribute("actionErrorArgs", ex.args());
			return Optional.empty();
		}
		catch (ConcurrentEditException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("actionError", CONFLICT_KEY);
			model.addAttribute("actionErrorArgs", new Object[0]);
			EditHistory changes = history.getIfAvailable();
			model.addAttribute("changes", changes == null ? List.of() : changes.changesSince(ex));
			return Optional.empty();
		}
	}

	/** {@link #onPage(Model, HttpServletResponse, Supplier)} for an action without a result; true when it ran. */
	public boolean onPage(Model model, HttpServletResponse response, Runnable action) {
		return onPage(model, response, () -> {
			action.run();
			return Boolean.TRUE;
		}).isPresent();
	}

	/** A form's save: what {@link FormErrors#attempt} starts; each method gives a changed copy. */
	public final class Attempt {

		private final BindingResult result;

		private final Model model;

		private final Map<String, String> fields;

		private final String conflictKey;

		private final Function<ConcurrentEditException, Object @Nullable []> conflictArgs;

		private final LongConsumer onConflict;

		private final Consumer<RuleViolationException> onRuleViolation;

		private final List<String> checked;

		private Attempt(BindingResult result, Model model, Map<String, String> fields, String conflictKey,
				Function<ConcurrentEditException, Object @Nullable []> conflictArgs, LongConsumer onConflict,
				Consumer<RuleViolationException> onRuleViolation, List<String> checked) {
			this.result = result;
			this.model = model;
			this.fields = fields;
			this.conflictKey = conflictKey;
			this.conflictArgs = conflictArgs;
			this.onConflict = onConflict;
			this.onRuleViolation = onRuleViolation;
			this.checked = checked;
		}

		/** Message-key prefixes mapped to form fields; the longest matching prefix wins. */
		public Attempt fields(Map<String, String> fields) {
			return new Attempt(result, model, fields, conflictKey, conflictArgs, onConflict, onRuleViolation, checked);
		}

		/**
		 * Only errors of these fields stop the save, for a page that sends part of a form (an edit page without the
		 * fields that are set once); by default any error does.
		 */
		public Attempt checking(String... sentFields) {
			return new Attempt(result, model, fields, conflictKey, conflictArgs, onConflict, onRuleViolation,
					List.of(sentFields));
		}

		/** The message shown above the form on a concurrent edit, instead of {@code error.concurrentEdit.generic}. */
		public Attempt conflictKey(String key) {
			return new Attempt(result, model, fields, key, conflict -> null, onConflict, onRuleViolation, checked);
		}

		/**
		 * The message shown above the form on a concurrent edit with arguments taken from the exception (e.g. which
		 * of several records somebody else changed: {@code ex -> new Object[] { ex.id() }}).
		 */
		public Attempt conflictKey(String key, Function<ConcurrentEditException, Object[]> args) {
			return new Attempt(result, model, fields, key, args::apply, onConflict, onRuleViolation, checked);
		}

		/** Told the current version on a concurrent edit (usually {@code form::setVersion}). */
		public Attempt onConflict(LongConsumer currentVersion) {
			return new Attempt(result, model, fields, conflictKey, conflictArgs, currentVersion, onRuleViolation, checked);
		}

		/**
		 * Told a rule violation after it was rejected into the form, e.g. to answer with another HTTP status than
		 * 200 ({@code ex -> response.setStatus(422)}).
		 */
		public Attempt onRuleViolation(Consumer<RuleViolationException> violation) {
			return new Attempt(result, model, fields, conflictKey, conflictArgs, onConflict, violation, checked);
		}

		/** Runs the action unless the form already has errors; empty when it was refused (the errors are in the form). */
		public <T> Optional<T> call(Supplier<@Nullable T> action) {
			if (checked.isEmpty() ? result.hasErrors() : checked.stream().anyMatch(result::hasFieldErrors)) {
				return Optional.empty();
			}
			try {
				return Optional.ofNullable(action.get());
			}
			catch (ConcurrentEditException ex) {
				Object[] args = conflictArgs.apply(ex);
				if (args == null) {
					result.reject(conflictKey);
				}
				else {
					result.reject(conflictKey, args, null);
				}
				EditHistory changes = history.getIfAvailable();
				model.addAttribute("changes", changes == null ? List.of() : changes.changesSince(ex));
				onConflict.accept(ex.currentVersion());
				return Optional.empty();
			}
			catch (RuleViolationException ex) {
				reject(result, ex, fields);
				onRuleViolation.accept(ex);
				return Optional.empty();
			}
		}

		/** {@link #call(Supplier)} for an action whose result is not needed; true when it ran. */
		public boolean run(Runnable action) {
			return call(() -> {
				action.run();
				return Boolean.TRUE;
			}).isPresent();
		}

	}

}
