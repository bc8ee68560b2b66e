;;; Headless Emacs + eglot as a plain LSP client of vipa-language-server: opens a profile of the
;;; example sysplex and writes what flymake shows, one diagnostic per line, to $LSP_OUT.
;;; Usage: LSP_SERVER=dist/server/server.js LSP_OUT=<file> emacs --batch -Q -l test/editors/eglot-lsp.el <profile>
;;; The profile's folder must be inside a version-controlled folder: eglot takes that as the workspace.
(require 'package)
(setq package-directory-list '("/usr/share/emacs/site-lisp/elpa")) ; -Q skips site-lisp: use Debian's elpa-eglot
(package-initialize)
(require 'eglot)
(require 'flymake)

(define-derived-mode tcpip-profile-mode prog-mode "TCPIP" (setq-local comment-start "; "))
(add-to-list 'auto-mode-alist '("\\.tcpip\\'" . tcpip-profile-mode))
(add-to-list 'auto-mode-alist '("PROFILE\\.TCPIP\\'" . tcpip-profile-mode))
(add-to-list 'eglot-server-programs `(tcpip-profile-mode . ("node" ,(getenv "LSP_SERVER") "--stdio")))

(let* ((file (car command-line-args-left))
       (out (getenv "LSP_OUT"))
       (buf (find-file-noselect file))
       (deadline (+ (float-time) 30))
       diags)
  (setq command-line-args-left nil)
  (with-current-buffer buf
    (apply #'eglot (eglot--guess-contact))
    (while (and (< (float-time) deadline) (null (setq diags (flymake-diagnostics))))
      (accept-process-output nil 0.1)
      (ignore-errors (flymake-start)))
    ;; The first diagnostics are the file's own findings, sent before the workspace analysis is done.
    ;; vipa/settled answers once the analysis covering the open file is published; eglot keeps the
    ;; last published set in eglot--diagnostics (the notification is read before the answer).
    (when diags
      (jsonrpc-request (eglot-current-server) :vipa/settled nil :timeout 60)
      (setq diags (or eglot--diagnostics diags)))
    ;; Positions belong to this buffer: format them here, before switching to the output buffer.
    (let ((lines (mapcar (lambda (d) (format "%d %s" (line-number-at-pos (flymake-diagnostic-beg d)) (flymake-diagnostic-text d))) diags)))
      (with-temp-file out
        (insert (format "emacs %s\n" emacs-version))
        (dolist (line lines) (insert line "\n"))))
    (ignore-errors (eglot-shutdown (eglot-current-server))))
  (kill-emacs (if diags 0 2)))
