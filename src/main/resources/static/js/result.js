/*
 * Enhancements of the result page (/r/{id}); the page works fully without them.
 * - "Copy link" copies the share link (the button is hidden until this script shows it).
 * - "Print" opens the print dialog.
 * - While printing, folded lists of quotes are opened so that the paper shows all evidence.
 */
(function () {
	'use strict';

	function copy(input) {
		if (navigator.clipboard && window.isSecureContext) {
			return navigator.clipboard.writeText(input.value);
		}
		input.select();
		return document.execCommand('copy') ? Promise.resolve() : Promise.reject(new Error('copy failed'));
	}

	document.querySelectorAll('[data-copy]').forEach(function (button) {
		var input = document.getElementById(button.getAttribute('data-copy'));
		var status = document.querySelector('[data-copy-status]');
		if (!input) {
			return;
		}
		button.hidden = false;
		button.addEventListener('click', function () {
			copy(input).then(function () {
				if (status) {
					status.textContent = button.getAttribute('data-copied');
				}
			}, function () {
				input.focus();
				input.select();
			});
		});
		input.addEventListener('focus', function () {
			input.select();
		});
	});

	document.querySelectorAll('[data-print]').forEach(function (button) {
		button.hidden = false;
		button.addEventListener('click', function () {
			window.print();
		});
	});

	var opened = [];
	window.addEventListener('beforeprint', function () {
		document.querySelectorAll('details:not([open])').forEach(function (details) {
			details.open = true;
			opened.push(details);
		});
	});
	window.addEventListener('afterprint', function () {
		opened.forEach(function (details) {
			details.open = false;
		});
		opened = [];
	});
})();
