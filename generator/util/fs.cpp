#include "util/fs.h"

#include <algorithm>
#include <cstring>
#include <fstream>
#include <random>

#include "util/error.h"

namespace gazette {

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw ContentError(path.string(), 0, std::string("cannot read: ") + std::strerror(errno));
  std::string data;
  in.seekg(0, std::ios::end);
  auto size = in.tellg();
  if (size > 0) {
    data.resize(static_cast<size_t>(size));
    in.seekg(0);
    in.read(data.data(), size);
  }
  if (!in) throw ContentError(path.string(), 0, "read failed");
  return data;
}

void write_file(const fs::path& path, std::string_view data) {
  std::error_code ec;
  if (path.has_parent_path()) fs::create_directories(path.parent_path(), ec);
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) throw ContentError(path.string(), 0, std::string("cannot write: ") + std::strerror(errno));
  out.write(data.data(), static_cast<std::streamsize>(data.size()));
  out.close();
  if (!out) throw ContentError(path.string(), 0, "write failed");
}

void write_file_atomic(const fs::path& path, std::string_view data) {
  static thread_local std::mt19937_64 rng{std::random_device{}()};
  fs::path tmp = path;
  tmp += ".tmp-" + std::to_string(rng());
  write_file(tmp, data);
  std::error_code ec;
  fs::rename(tmp, path, ec);
  if (ec) {
    fs::remove(tmp, ec);
    throw ContentError(path.string(), 0, "cannot replace file: " + ec.message());
  }
}

std::vector<fs::path> list_files(const fs::path& root, std::string_view suffix) {
  std::vector<fs::path> out;
  std::error_code ec;
  if (!fs::is_directory(root, ec)) return out;
  for (auto it = fs::recursive_directory_iterator(root, ec); !ec && it != fs::end(it);
       it.increment(ec)) {
    if (!it->is_regular_file(ec)) continue;
    const std::string name = it->path().filename().string();
    if (name.size() >= suffix.size() && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0)
      out.push_back(it->path());
  }
  if (ec) throw ContentError(root.string(), 0, "cannot list directory: " + ec.message());
  std::sort(out.begin(), out.end());
  return out;
}

std::string display_path(const fs::path& path, const fs::path& base) {
  std::error_code ec;
  auto rel = fs::relative(path, base, ec);
  if (ec || rel.empty() || *rel.begin() == "..") return path.generic_string();
  return rel.generic_string();
}

}  // namespace gazette
