#include "util/error.h"

#include <cstring>

namespace gazette {

std::string Diagnostic::str() const {
  std::string out = file;
  if (line > 0) out += ":" + std::to_string(line);
  out += ": " + message;
  return out;
}

ContentError::ContentError(Diagnostic d) : Error(d.str()), diag_(std::move(d)) {}

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
    : Error(join_diagnostics(all)), all_(std::move(all)) {}

IoError::IoError(std::string path, const std::string& action, int err)
    : Error(path + ": " + action + ": " + std::strerror(err)),
      path_(std::move(path)),
      errno_(err) {}

IoError::IoError(std::string path, const std::string& message)
    : Error(path + ": " + message), path_(std::move(path)) {}

std::string IoError::reason() const {
  std::string all = what();
  return all.size() > path_.size() + 2 ? all.substr(path_.size() + 2) : all;
}

}  // namespace gazette
