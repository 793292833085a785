// Errors, by kind. Every error a command reports is one of these:
//
// - ContentError: a problem in the user's files (content, site.yml, a theme,
//   a command-line value), as "path:line: message" (line omitted when
//   unknown) so editors can jump to it. ContentErrors: several found in one
//   pass (a build reports every bad file, not just the first).
// - IoError: the machine failed us: a file that cannot be read or written,
//   a full disk, a folder that cannot be locked. Says which path and the
//   system's reason ("public/a/index.html: write failed: No space left on
//   device"). Not the user's text to fix, and callers that treat a cache as
//   optional catch exactly this kind and carry on.
//
// All derive from Error, so a command can report any of them the same way;
// commands turn each into exit status 1.
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

namespace gazette {

struct Diagnostic {
  std::string file;  // as given by the user, or relative to the site
  int line = 0;      // 1-based; 0 when the whole file is meant
  std::string message;

  std::string str() const;
};

class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class ContentError : public Error {
 public:
  explicit ContentError(Diagnostic d);
  ContentError(std::string file, int line, std::string message);
  const Diagnostic& diagnostic() const { return diag_; }

 private:
  Diagnostic diag_;
};

class ContentErrors : public Error {
 public:
  explicit ContentErrors(std::vector<Diagnostic> all);
  const std::vector<Diagnostic>& all() const { return all_; }

 private:
  std::vector<Diagnostic> all_;
};

class IoError : public Error {
 public:
  // "<path>: <action>: <strerror(err)>", e.g. action "cannot read".
  IoError(std::string path, const std::string& action, int err);
  // "<path>: <message>" for failures that carry their own reason.
  IoError(std::string path, const std::string& message);
  const std::string& path() const { return path_; }
  // The message without the path, for reports that name the path themselves.
  std::string reason() const;
  int error_number() const { return errno_; }  // 0 when unknown

 private:
  std::string path_;
  int errno_ = 0;
};

}  // namespace gazette
