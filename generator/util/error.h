// Errors that name a place in the user's files.
//
// Every problem with content, configuration or a theme is reported as
// "path:line: message" (line omitted when unknown) so editors can jump to it.
// Commands turn a ContentError into exit status 1.
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

class ContentError : public std::runtime_error {
 public:
  explicit ContentError(Diagnostic d);
  ContentError(std::string file, int line, std::string message);
  const Diagnostic& diagnostic() const { return diag_; }

 private:
  Diagnostic diag_;
};

// Several errors found in one pass (a build reports all bad files, not just the first).
class ContentErrors : public std::runtime_error {
 public:
  explicit ContentErrors(std::vector<Diagnostic> all);
  const std::vector<Diagnostic>& all() const { return all_; }

 private:
  std::vector<Diagnostic> all_;
};

}  // namespace gazette
