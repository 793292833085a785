#include "publish/output_dir.h"

#include <fcntl.h>
#include <stdio.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <iterator>
#include <optional>
#include <stdexcept>
#include <unordered_set>

#include "util/binary_io.h"
#include "util/error.h"
#include "util/filenames.h"
#include "util/fs.h"

namespace gazette {
namespace {

bool is_within(const fs::path& inner, const fs::path& outer) {
  auto i = inner.begin();
  for (auto o = outer.begin(); o != outer.end(); ++o, ++i)
    if (i == inner.end() || *i != *o) return false;
  return true;
}

fs::path absolute_clean(const fs::path& p) { return fs::weakly_canonical(fs::absolute(p)); }

void check_replaceable(const fs::path& out, const fs::path& site_dir) {
  const fs::path site = absolute_clean(site_dir);
  if (is_within(site, out))
    throw ContentError(out.string(), 0, "--out must not be the site folder or contain it");
  if (is_within(out, site / filenames::kContentDir) ||
      is_within(out, site / filenames::kThemesDir) || is_within(out, site / filenames::kLayoutsDir))
    throw ContentError(out.string(), 0, "--out must not be inside content/, themes/ or layouts/");
  std::error_code ec;
  if (!fs::exists(out, ec)) return;
  if (!fs::is_directory(out, ec))
    throw ContentError(out.string(), 0, "--out exists and is not a folder");
  if (fs::is_empty(out, ec) || fs::exists(out / filenames::kOutputMarker, ec)) return;
  throw ContentError(out.string(), 0,
                     "refusing to replace a folder gazette did not write (no " +
                         std::string(filenames::kOutputMarker) +
                         " in it); remove it or choose another --out");
}

// True when the file at `path` holds exactly `data` (cheap size check first).
bool same_content(const fs::path& path, std::string_view data) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode) ||
      static_cast<size_t>(st.st_size) != data.size())
    return false;
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  std::string buf(data.size(), '\0');
  size_t got = 0;
  while (got < buf.size()) {
    ssize_t n = ::read(fd, buf.data() + got, buf.size() - got);
    if (n <= 0) break;
    got += static_cast<size_t>(n);
  }
  ::close(fd);
  return got == data.size() && buf == data;
}

void write_all(const fs::path& path, std::string_view data, bool fresh) {
  // In a fresh tree most pages sit in a folder of their own that does not
  // exist yet: create it first instead of failing an open() per page.
  if (fresh) ::mkdir(path.parent_path().c_str(), 0755);
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0 && errno == ENOENT) {
    // Usually only the page's own folder is missing ("<slug>/"): one mkdir.
    // create_directories() would stat every ancestor on every page.
    const fs::path parent = path.parent_path();
    if (::mkdir(parent.c_str(), 0755) != 0 && errno != EEXIST) {
      std::error_code ec;
      fs::create_directories(parent, ec);
    }
    fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  }
  if (fd < 0) throw IoError(path.string(), "cannot write", errno);
  size_t done = 0;
  while (done < data.size()) {
    ssize_t n = ::write(fd, data.data() + done, data.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      int err = errno;
      ::close(fd);
      throw IoError(path.string(), "write failed", err);
    }
    done += static_cast<size_t>(n);
  }
  if (::close(fd) != 0) throw IoError(path.string(), "write failed", errno);
}

constexpr std::string_view kManifestMagic = "GZM2";  // 2: varint lengths (binary_io.h)

constexpr const char* kMarkerText =
    "This folder was written by gazette build; it is replaced on every build.\nbuild ";

// The build id a tree's marker names ("" if none).
std::string marker_id(const fs::path& dir) {
  std::error_code ec;
  if (!fs::exists(dir / filenames::kOutputMarker, ec)) return "";
  std::string text = read_file(dir / filenames::kOutputMarker);
  auto pos = text.rfind("build ");
  if (pos == std::string::npos) return "";
  std::string id = text.substr(pos + 6);
  while (!id.empty() && (id.back() == '\n' || id.back() == ' ')) id.pop_back();
  return id;
}

// A manifest: the build id, then (path, fingerprint, content hash) sorted by
// path. `produced` must be sorted; of a path written twice, the last counts.
void put_manifest(BinaryWriter& w, const std::string& id, const OutputDir::Entries& produced) {
  w.str(id);
  size_t distinct = 0;
  for (size_t i = 0; i < produced.size(); ++i)
    if (i + 1 == produced.size() || produced[i].first != produced[i + 1].first) ++distinct;
  w.var(distinct);
  for (size_t i = 0; i < produced.size(); ++i) {
    if (i + 1 < produced.size() && produced[i].first == produced[i + 1].first) continue;
    w.str(produced[i].first);
    w.fixed64(produced[i].second.fingerprint);
    w.fixed64(produced[i].second.content);
  }
}

// A manifest file is "GZM2", the manifests, and a checksum of all before it:
// the manifests, or nothing when the file is damaged or of another format.
std::optional<std::string_view> manifest_body(std::string_view all) {
  if (all.size() < 12 || all.substr(0, 4) != kManifestMagic ||
      BinaryReader(all.substr(all.size() - 8)).fixed64() !=
          hash_bytes(all.substr(0, all.size() - 8)))
    return std::nullopt;
  return all.substr(4, all.size() - 12);
}

// Reads one manifest, in file order; its keys point into the reader's input.
// Throws when the paths are not strictly in order (put_manifest writes them
// so): a manifest is trusted whole or not at all.
std::string_view get_manifest(BinaryReader& r, OutputDir::Entries& entries) {
  std::string_view id = r.view();
  const uint64_t count = r.count();
  entries.clear();
  entries.reserve(count);
  for (uint64_t n = count; n > 0; --n) {
    std::string_view rel = r.view();
    OutputDir::Record rec;
    rec.fingerprint = r.fixed64();
    rec.content = r.fixed64();
    if (!entries.empty() && !(entries.back().first < rel))
      throw std::runtime_error("manifest out of order");
    entries.emplace_back(rel, rec);
  }
  return id;
}

// Deletes the files `listed` (pairs of path and anything) names under `root`
// that are not in `keep`, and the folders that leaves empty.
template <typename Listed>
void remove_listed(const fs::path& root, const Listed& listed,
                   const std::unordered_set<std::string_view>& keep) {
  std::error_code ec;
  for (const auto& [rel, r] : listed)
    if (!keep.count(rel)) {
      fs::path p = root / rel;
      fs::remove(p, ec);
      for (p = p.parent_path(); p != root && fs::is_empty(p, ec); p = p.parent_path())
        fs::remove(p, ec);
    }
}

}  // namespace

OutputDir::OutputDir(fs::path out, const fs::path& site_dir, fs::path manifest)
    : out_(absolute_clean(out)), manifest_file_(std::move(manifest)) {
  check_replaceable(out_, site_dir);
  staging_ = filenames::staging_dir(out_);
  std::error_code ec;
  if (fs::exists(staging_, ec) && !fs::is_directory(staging_, ec)) fs::remove(staging_, ec);
  const bool empty = !fs::exists(staging_, ec) || fs::is_empty(staging_, ec);  // nothing to compare
  fs::create_directories(staging_, ec);
  if (ec) throw IoError(staging_.string(), "cannot create the staging folder", ec.value());
  lock_fd_ = ::open(staging_.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (lock_fd_ < 0 || ::flock(lock_fd_, LOCK_EX) != 0)
    throw IoError(staging_.string(), "cannot lock the staging folder", errno);
  const bool staged_listed = load_manifests(empty);
  if (empty)
    mode_ = live_known_ ? Mode::kInPlace : Mode::kFresh;
  else
    mode_ = staged_listed ? Mode::kUpdateListed : Mode::kUpdateUnlisted;
  // This build rewrites files of the staging tree in place: from now on its
  // marker (and so the manifest that names it) no longer describes it. A
  // build killed midway must leave a tree the next one compares byte by
  // byte, not one it trusts to hold what the manifest says (it once
  // published a page half written by the killed build).
  if (!empty) {
    fs::remove(staging_ / filenames::kOutputMarker, ec);
    if (ec) throw IoError(staging_.string(), "cannot update the staging folder", ec.value());
  }
}

OutputDir::~OutputDir() {
  if (mode_ == Mode::kInPlace && !published_)
    clear_staging();                     // a failed build leaves nothing behind
  if (lock_fd_ >= 0) ::close(lock_fd_);  // releases the lock
}

void OutputDir::record(std::string_view rel, Record r, bool staged) {
  std::lock_guard lock(mu_);
  produced_.emplace_back(owned_paths_.emplace_back(rel), r);
  if (staged) staged_files_.emplace_back(rel);
}

void OutputDir::write(std::string_view rel, std::string_view data, uint64_t fingerprint) {
  if (!is_safe_relative_path(rel))
    throw ContentError(std::string(rel), 0, "refusing to write outside the output folder");
  const fs::path path = staging_ / rel;
  const uint64_t content = hash_bytes(data);
  // A path written a second time in one build (a step redone) is written
  // again whatever the manifests say: its first bytes may be in staging.
  bool again = false;
  if (mode_ != Mode::kFresh) {
    std::lock_guard lock(mu_);
    again = !written_paths_.emplace(rel).second;
  }
  bool same = false;
  switch (again ? Mode::kFresh : mode_) {
    case Mode::kFresh:
      break;
    case Mode::kInPlace: {
      auto it = live_.find(rel);
      same = it != live_.end() && live_entries_[it->second].second.content == content;
      break;
    }
    case Mode::kUpdateListed: {
      auto it = staged_.find(rel);
      same = it != staged_.end() && it->second.content == content;
      break;
    }
    case Mode::kUpdateUnlisted:
      same = same_content(path, data);
      break;
  }
  if (same) {
    ++unchanged_;
  } else {
    write_all(path, data, staging_was_empty());
    ++written_;
  }
  record(rel, Record{fingerprint, content}, !same && mode_ == Mode::kInPlace);
}

std::optional<size_t> OutputDir::live_index(std::string_view rel, uint64_t fingerprint) const {
  if (!live_known_ || fingerprint == 0) return std::nullopt;
  const auto live = live_.find(rel);
  if (live == live_.end() || live_entries_[live->second].second.fingerprint != fingerprint)
    return std::nullopt;
  return live->second;
}

bool OutputDir::can_reuse(std::string_view rel, uint64_t fingerprint) const {
  return live_index(rel, fingerprint).has_value();
}

bool OutputDir::reuse(std::string_view rel, uint64_t fingerprint) {
  return carry(rel, fingerprint, fingerprint);
}

std::string OutputDir::read_live(std::string_view rel) const {
  if (!is_safe_relative_path(rel))
    throw ContentError(std::string(rel), 0, "refusing to read outside the output folder");
  return read_file(out_ / rel);
}

bool OutputDir::carry(std::string_view rel, uint64_t old_fp, uint64_t new_fp) {
  const std::optional<size_t> at = live_index(rel, old_fp);  // one lookup
  if (!at) return false;
  const Record& found = live_entries_[*at].second;
  if (mode_ == Mode::kInPlace) {  // the live file stays where it is
    ++unchanged_;
  } else {
    auto staged = mode_ == Mode::kUpdateListed ? staged_.find(rel) : staged_.end();
    if (staged != staged_.end() && staged->second.content == found.content) {
      ++unchanged_;
    } else {
      write_all(staging_ / rel, read_file(out_ / rel), staging_was_empty());  // the live bytes
      ++written_;
    }
  }
  // Recorded as made with `new_fp`, with the live bytes: no lock, no copy
  // of the path (publish() merges the carried files in, in order).
  carried_[*at] = 1;
  carried_fp_[*at] = new_fp;
  return true;
}

void OutputDir::copy_tree(const fs::path& from, const fs::path& confine, const std::string& shown) {
  if (!confine.empty() && !resolves_inside(from, confine))
    throw ContentError(shown, 0, kPointsOutsideSite);
  for (const auto& file : scan_files(from, "")) {
    if (!confine.empty() && file.link && !resolves_inside(from / file.rel, confine))
      throw ContentError(shown + "/" + file.rel, 0, kPointsOutsideSite);
    write(file.rel, read_file(from / file.rel));
  }
}

bool OutputDir::load_manifests(bool staging_empty) {
  bool staged_known = false;
  if (manifest_file_.empty()) return false;
  std::error_code ec;
  if (!fs::exists(manifest_file_, ec)) return false;
  try {
    manifest_bytes_ = read_file(manifest_file_);
    // "GZM2", the manifests, and a checksum of all before it: a damaged file
    // (cut short, bits flipped) is not trusted, and the pages are rendered.
    const std::optional<std::string_view> body = manifest_body(manifest_bytes_);
    if (!body) {
      warnings_.push_back(manifest_file_.string() +
                          ": damaged or of another version; ignored (every page is rendered)");
      return false;
    }
    BinaryReader r(*body);
    // The manifest of the previous build is the live one; the one before it
    // describes what is now the staging tree. Trust each only if ids match.
    const std::string live_id = marker_id(out_), staged_id = marker_id(staging_);
    for (int k = 0; k < 2; ++k) {
      Entries m;
      const size_t start = r.offset();
      const std::string_view id = get_manifest(r, m);
      if (id.empty()) continue;
      if (id == live_id && !live_known_) {
        live_entries_ = std::move(m);
        live_.reserve(live_entries_.size());  // one table for every entry: no rehash
        for (size_t i = 0; i < live_entries_.size(); ++i) live_.emplace(live_entries_[i].first, i);
        carried_.assign(live_entries_.size(), 0);
        carried_fp_.assign(live_entries_.size(), 0);
        live_raw_ = std::string_view(manifest_bytes_).substr(4 + start, r.offset() - start);
        live_known_ = true;
      } else if (id == staged_id && !staging_empty && !staged_known) {
        staged_.reserve(m.size());
        for (const auto& [rel, rec] : m) staged_.emplace(rel, rec);
        staged_known = true;
      }
    }
  } catch (const std::exception&) {  // cut short inside, or out of order
    warnings_.push_back(manifest_file_.string() + ": damaged; ignored (every page is rendered)");
    live_known_ = staged_known = false;
    live_entries_.clear();
    live_.clear();
    carried_.clear();
    carried_fp_.clear();
    staged_.clear();
  }
  return staged_known;
}

void OutputDir::save_manifests(const std::string& build_id) const {
  if (manifest_file_.empty()) return;
  BinaryWriter w;
  w.data() = kManifestMagic;
  put_manifest(w, build_id, produced_);  // becomes the live tree
  // The live tree becomes the staging tree: its manifest is kept as it was.
  // (Updated in place, the staging folder is left empty: nothing to describe.)
  if (live_known_ && mode_ != Mode::kInPlace) {
    w.data().append(live_raw_);
  } else {
    w.str("");
    w.var(0);
  }
  w.fixed64(hash_bytes(w.data()));
  try {
    fs::create_directories(manifest_file_.parent_path());
    write_file_atomic(manifest_file_, w.data());
  } catch (const std::exception&) {
  }
}

void OutputDir::take_carried() {
  if (live_entries_.empty()) return;
  Entries carried;
  carried.reserve(static_cast<size_t>(std::count(carried_.begin(), carried_.end(), 1)));
  for (size_t i = 0; i < live_entries_.size(); ++i)
    if (carried_[i])
      carried.emplace_back(live_entries_[i].first,
                           Record{carried_fp_[i], live_entries_[i].second.content});
  // The files of out/ the new output has too: the carried ones, and the
  // others written again.
  live_kept_ = carried.size();
  for (size_t i = 0; i < produced_.size(); ++i) {
    if (i + 1 < produced_.size() && produced_[i + 1].first == produced_[i].first) continue;
    const auto it = live_.find(produced_[i].first);
    if (it != live_.end() && !carried_[it->second]) ++live_kept_;
  }
  if (carried.empty()) return;
  // Both in path order (the manifest was written so): merged, not sorted. Of
  // a path both carried and written, the write comes after, so it counts.
  Entries all;
  all.reserve(carried.size() + produced_.size());
  std::merge(carried.begin(), carried.end(), produced_.begin(), produced_.end(),
             std::back_inserter(all),
             [](const auto& a, const auto& b) { return a.first < b.first; });
  produced_ = std::move(all);
}

std::unordered_set<std::string_view> OutputDir::produced_paths() const {
  std::unordered_set<std::string_view> paths;
  for (const auto& [rel, r] : produced_) paths.insert(rel);
  return paths;
}

void OutputDir::remove_stale() {
  std::unordered_set<std::string_view> keep = produced_paths();
  keep.insert(filenames::kOutputMarker);
  if (mode_ == Mode::kUpdateListed) {  // the manifest says what is there: no walk
    remove_listed(staging_, staged_, keep);
    return;
  }
  std::vector<fs::path> dirs;
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(staging_, ec); !ec && it != fs::end(it);
       it.increment(ec)) {
    if (it->is_directory(ec)) {
      dirs.push_back(it->path());
    } else if (!keep.count(it->path().lexically_relative(staging_).generic_string())) {
      fs::remove(it->path(), ec);
    }
  }
  // Deepest first, so emptied parents go too.
  for (auto d = dirs.rbegin(); d != dirs.rend(); ++d)
    if (fs::is_empty(*d, ec)) fs::remove(*d, ec);
}

// What publishing will change in the live output, worked out before
// anything moves (produced_ sorted, the carried files not yet merged in: they
// keep their live bytes; of equal paths the last counts).
void OutputDir::list_changes() {
  changes_.clear();
  std::unordered_set<std::string_view> now;
  std::error_code ec;
  const bool live_exists = fs::is_directory(out_, ec);
  for (size_t i = 0; i < produced_.size(); ++i) {
    if (i + 1 < produced_.size() && produced_[i + 1].first == produced_[i].first) continue;
    const auto& [rel, r] = produced_[i];
    now.insert(rel);
    std::optional<uint64_t> before;
    if (live_known_) {
      if (auto it = live_.find(rel); it != live_.end())
        before = live_entries_[it->second].second.content;
    } else if (live_exists && fs::is_regular_file(out_ / rel, ec)) {
      before = hash_bytes(read_file(out_ / rel));
    }
    if (!before || *before != r.content) changes_.push_back(std::string("+ ").append(rel));
  }
  if (live_known_) {
    for (size_t i = 0; i < live_entries_.size(); ++i)
      if (!carried_[i] && !now.count(live_entries_[i].first))
        changes_.push_back(std::string("- ").append(live_entries_[i].first));
  } else if (live_exists) {
    for (const auto& f : scan_files(out_, "")) {
      if (f.rel == filenames::kOutputMarker || now.count(f.rel)) continue;
      changes_.push_back("- " + f.rel);
    }
  }
  std::sort(changes_.begin(), changes_.end(),
            [](std::string_view a, std::string_view b) { return a.substr(2) < b.substr(2); });
}

bool OutputDir::describes(const fs::path& manifest, const fs::path& out) {
  try {
    const std::string id = marker_id(out);
    if (id.empty()) return false;
    const std::string bytes = read_file(manifest);
    const std::optional<std::string_view> body = manifest_body(bytes);
    if (!body) return false;
    BinaryReader r(*body);
    for (int k = 0; k < 2; ++k) {
      Entries m;
      if (get_manifest(r, m) == id) return true;
    }
  } catch (const std::exception&) {  // unreadable or damaged: not this folder's
  }
  return false;
}

void OutputDir::publish() {
  // Stable: of a path written twice (copy_tree), the last write counts.
  std::stable_sort(produced_.begin(), produced_.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  if (track_changes_) list_changes();
  take_carried();
  if (!staging_was_empty()) remove_stale();  // else it holds only what this build wrote
  // The marker names this build's output (a hash of every file), so the
  // manifest saved with it is trusted next time only if the tree is the same.
  Hasher id;
  for (const auto& [rel, r] : produced_) id.add(rel).add(r.content);
  const std::string build_id = std::to_string(id.value());
  if (mode_ == Mode::kInPlace) {
    publish_in_place(build_id);
    return;
  }
  write_all(staging_ / filenames::kOutputMarker, std::string(kMarkerText) + build_id + "\n", false);
  save_manifests(build_id);
  std::error_code ec;
  if (!fs::exists(out_, ec)) {
    fs::rename(staging_, out_, ec);
    if (ec) throw IoError(out_.string(), "cannot publish", ec.value());
    return;
  }
  // Swap atomically: readers see either the old or the new site, never a mix.
  // The old output stays in staging_ for the next build to update.
  if (::renameat2(AT_FDCWD, staging_.c_str(), AT_FDCWD, out_.c_str(), RENAME_EXCHANGE) == 0) return;
  // File systems without RENAME_EXCHANGE: two renames, the old tree kept as staging.
  const fs::path old = filenames::old_out_dir(out_);
  fs::remove_all(old, ec);
  fs::rename(out_, old, ec);
  if (ec) throw IoError(out_.string(), "cannot publish", ec.value());
  fs::rename(staging_, out_, ec);
  if (ec) {
    std::error_code ignored;
    fs::rename(old, out_, ignored);
    throw IoError(out_.string(), "cannot publish", ec.value());
  }
  fs::rename(old, staging_, ec);
}

// Moves the staged files over the live ones, deletes what this build no longer
// produces, and only then lets the manifest describe the result. The marker
// is rewritten first: until the manifest names the same build, a crash
// midway only makes the next build distrust the live folder, never reuse a
// page it should have rendered.
void OutputDir::publish_in_place(const std::string& build_id) {
  // The new marker is written in the staging folder and renamed over the
  // live one: a build killed while writing it leaves a piece in staging (the
  // next build clears it), never a stray file in the output. (Writing it
  // beside the live marker once left `.gazette-output.tmp-<n>` published.)
  remove_stale_temp_files(out_ / filenames::kOutputMarker);  // left by older versions
  const fs::path marker = staging_ / filenames::kOutputMarker;
  write_file(marker, std::string(kMarkerText) + build_id + "\n");
  if (::rename(marker.c_str(), (out_ / filenames::kOutputMarker).c_str()) != 0)
    throw IoError((out_ / filenames::kOutputMarker).string(), "cannot publish", errno);
  // A path written twice (the later bytes are in staging) moves once.
  std::sort(staged_files_.begin(), staged_files_.end());
  staged_files_.erase(std::unique(staged_files_.begin(), staged_files_.end()), staged_files_.end());
  for (const auto& rel : staged_files_) {
    const fs::path from = staging_ / rel, to = out_ / rel;
    int rc = ::rename(from.c_str(), to.c_str());
    if (rc != 0 && errno == ENOENT) {  // a new page in a folder not yet live
      std::error_code ec;
      fs::create_directories(to.parent_path(), ec);
      rc = ::rename(from.c_str(), to.c_str());
    }
    if (rc != 0) throw IoError(to.string(), "cannot publish", errno);
  }
  // What this build no longer produces, if anything: usually every live
  // file was carried or written again, and a count says so without a set.
  if (live_kept_ != live_entries_.size()) remove_listed(out_, live_entries_, produced_paths());
  save_manifests(build_id);
  published_ = true;
  clear_staging();
}

// Empties the staging folder but keeps it: it carries the lock.
void OutputDir::clear_staging() {
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(staging_, ec)) fs::remove_all(entry.path(), ec);
}

}  // namespace gazette
