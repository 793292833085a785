#include "util/error.h"

namespace gazette {

std::string Diagnostic::str() const {
  std::string out = file;
  if (line > 0) out += ":" + std::to_string(line);
  out += ": " + message;
  return out;
}

ContentError::ContentError(Diagnostic d) : std::runtime_error(d.str()), diag_(std::move(d)) {}

ContentError::ContentError(std::string file, int line, std::string message)
    : ContentError(Diagnostic{std::move(file), line, std::move(message)}) {}

static std::string join_diagnostics(const std::vector<Diagnostic>& all) {
  std::string out;
  for (const auto& d : all) {
    if (!out.empty()) out += '\n';
    out += d.str();
  }
  return out;
}

ContentErrors::ContentErrors(std::vector<Diagnostic> all)
    : std::runtime_error(join_diagnostics(all)), all_(std::move(all)) {}

}  // namespace gazette
