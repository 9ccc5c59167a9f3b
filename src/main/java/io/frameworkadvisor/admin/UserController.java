package io.frameworkadvisor.admin;

import java.security.Principal;

import io.frameworkadvisor.admin.UserForms.EditUser;
import io.frameworkadvisor.admin.UserForms.NewUser;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** User management ({@code /admin/users}, administrators only). */
@Controller
class UserController {

	static final String LIST_VIEW = "admin/users";

	static final String EDIT_VIEW = "admin/user";

	private final Accounts accounts;

	UserController(Accounts accounts) {
		this.accounts = accounts;
	}

	@ModelAttribute("roles")
	AppUser.Role[] roles() {
		return AppUser.Role.values();
	}

	@GetMapping("/admin/users")
	String list(Model model) {
		model.addAttribute("form", NewUser.empty());
		return listView(model);
	}

	@PostMapping("/admin/users")
	String create(@Valid @ModelAttribute("form") NewUser form, BindingResult errors, Principal principal, Model model,
			RedirectAttributes redirect) {
		if (FormBinding.isBound(errors) && !errors.hasFieldErrors("password") && !UserForms.fitsHash(form.password())) {
			errors.rejectValue("password", "user.password.bytes");
		}
		if (!errors.hasErrors()) {
			try {
				AppUser user = this.accounts.create(form.username(), form.role(), form.password(), principal.getName());
				redirect.addFlashAttribute("saved", user.getUsername());
				return "redirect:/admin/users";
			}
			catch (UsernameTakenException ex) {
				errors.rejectValue("username", "user.username.taken");
			}
		}
		return listView(model);
	}

	private String listView(Model model) {
		model.addAttribute("users", this.accounts.all());
		return LIST_VIEW;
	}

	@GetMapping("/admin/users/{id}")
	String edit(@PathVariable long id, Model model) {
		AppUser user = this.accounts.get(id);
		model.addAttribute("user", user);
		model.addAttribute("form", EditUser.of(user));
		return EDIT_VIEW;
	}

	@PostMapping("/admin/users/{id}")
	ModelAndView update(@PathVariable long id, @Valid @ModelAttribute("form") EditUser form, BindingResult errors,
			Principal principal, Model model, RedirectAttributes redirect) {
		AppUser user = this.accounts.get(id);
		model.addAttribute("user", user);
		if (FormBinding.isBound(errors) && !errors.hasFieldErrors("newPassword")
				&& !UserForms.fitsHash(form.newPassword())) {
			errors.rejectValue("newPassword", "user.password.bytes");
		}
		if (errors.hasErrors()) {
			return new ModelAndView(EDIT_VIEW, model.asMap(), HttpStatus.OK);
		}
		try {
			this.accounts.update(id, form.role(), form.mayEnable(), form.newPassword(), form.version(),
					principal.getName());
			redirect.addFlashAttribute("saved", user.getUsername());
			return new ModelAndView("redirect:/admin/users");
		}
		catch (StaleEditException ex) {
			model.addAttribute("conflict", ex);
			model.addAttribute("form", new EditUser(form.role(), form.enabled(), "", ex.storedVersion()));
			return new ModelAndView(EDIT_VIEW, model.asMap(), HttpStatus.CONFLICT);
		}
		catch (LastAdminException ex) {
			errors.reject("user.lastAdmin");
			return new ModelAndView(EDIT_VIEW, model.asMap(), HttpStatus.OK);
		}
	}

}
