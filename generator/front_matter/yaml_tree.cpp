#include "front_matter/yaml_tree.h"

#include <yaml.h>

#include <cerrno>
#include <cstdlib>
#include <map>
#include <memory>
#include <string>

#include "util/error.h"

namespace gazette {
namespace {

const YamlNode& missing_node() {
  static const YamlNode node;
  return node;
}

bool is_plain_null(const yaml_event_t& ev, std::string_view text) {
  if (ev.data.scalar.style != YAML_PLAIN_SCALAR_STYLE) return false;
  return text.empty() || text == "~" || text == "null" || text == "Null" || text == "NULL";
}

// Builds the tree from libyaml events.
class Builder {
 public:
  Builder(std::string_view yaml, const std::string& path, int first_line)
      : path_(path), first_line_(first_line) {
    yaml_parser_initialize(&parser_);
    yaml_parser_set_input_string(&parser_, reinterpret_cast<const unsigned char*>(yaml.data()),
                                 yaml.size());
  }
  ~Builder() { yaml_parser_delete(&parser_); }

  YamlNode build() {
    YamlNode root;
    root.kind = YamlNode::Kind::kNull;
    root.line = first_line_;
    for (;;) {
      Event ev = next();
      switch (ev.e.type) {
        case YAML_STREAM_END_EVENT:
          return root;
        case YAML_DOCUMENT_START_EVENT:
          if (seen_document_) throw error(ev, "only one YAML document is allowed here");
          seen_document_ = true;
          root = node(next(), 0);
          if (next().e.type != YAML_DOCUMENT_END_EVENT)
            throw ContentError(path_, first_line_, "unexpected content after the document");
          break;
        default:
          break;
      }
    }
  }

 private:
  // Owns one libyaml event; movable, not copyable.
  struct Event {
    yaml_event_t e{};
    bool owned = false;
    Event() = default;
    Event(Event&& other) noexcept : e(other.e), owned(other.owned) { other.owned = false; }
    Event(const Event&) = delete;
    Event& operator=(const Event&) = delete;
    Event& operator=(Event&&) = delete;
    ~Event() {
      if (owned) yaml_event_delete(&e);
    }
  };

  Event next() {
    Event ev;
    if (!yaml_parser_parse(&parser_, &ev.e)) {
      int line = first_line_ + static_cast<int>(parser_.problem_mark.line);
      std::string what = parser_.problem ? parser_.problem : "syntax error";
      if (parser_.context) what = std::string(parser_.context) + ": " + what;
      throw ContentError(path_, line, "invalid YAML: " + what);
    }
    ev.owned = true;
    return ev;
  }

  ContentError error(const Event& ev, const std::string& msg) const {
    return ContentError(path_, first_line_ + static_cast<int>(ev.e.start_mark.line), msg);
  }

  void remember(const unsigned char* anchor, const YamlNode& n, size_t size) {
    if (anchor) anchors_[reinterpret_cast<const char*>(anchor)] = {n, size};
  }

  // Front matter is a few dozen values. Nesting and size are bounded so that
  // no file can exhaust the stack (found by fuzzing: "[[[[…") or, through
  // aliases that each copy what they name, memory ("billion laughs").
  static constexpr int kMaxDepth = 32;
  static constexpr size_t kMaxNodes = 100000;

  void count(const Event& ev, size_t n) {
    nodes_ += n;
    if (nodes_ > kMaxNodes)
      throw error(ev, "front matter too large (over " + std::to_string(kMaxNodes) + " values)");
  }

  YamlNode node(Event ev, int depth) {
    YamlNode n;
    n.line = first_line_ + static_cast<int>(ev.e.start_mark.line);
    const size_t before = nodes_;
    count(ev, 1);
    if ((ev.e.type == YAML_SEQUENCE_START_EVENT || ev.e.type == YAML_MAPPING_START_EVENT) &&
        depth >= kMaxDepth)
      throw error(ev, "lists and maps nested deeper than " + std::to_string(kMaxDepth) + " levels");
    switch (ev.e.type) {
      case YAML_SCALAR_EVENT: {
        n.scalar.assign(reinterpret_cast<const char*>(ev.e.data.scalar.value),
                        ev.e.data.scalar.length);
        n.kind = is_plain_null(ev.e, n.scalar) ? YamlNode::Kind::kNull : YamlNode::Kind::kScalar;
        remember(ev.e.data.scalar.anchor, n, 1);
        return n;
      }
      case YAML_ALIAS_EVENT: {
        auto it = anchors_.find(reinterpret_cast<const char*>(ev.e.data.alias.anchor));
        if (it == anchors_.end()) throw error(ev, "unknown alias");
        count(ev, it->second.size);
        return it->second.node;
      }
      case YAML_SEQUENCE_START_EVENT: {
        n.kind = YamlNode::Kind::kSequence;
        const unsigned char* anchor = ev.e.data.sequence_start.anchor;
        std::string a = anchor ? reinterpret_cast<const char*>(anchor) : "";
        for (;;) {
          Event item = next();
          if (item.e.type == YAML_SEQUENCE_END_EVENT) break;
          n.items.push_back(node(std::move(item), depth + 1));
        }
        if (!a.empty()) anchors_[a] = {n, nodes_ - before};
        return n;
      }
      case YAML_MAPPING_START_EVENT: {
        n.kind = YamlNode::Kind::kMap;
        const unsigned char* anchor = ev.e.data.mapping_start.anchor;
        std::string a = anchor ? reinterpret_cast<const char*>(anchor) : "";
        for (;;) {
          Event key = next();
          if (key.e.type == YAML_MAPPING_END_EVENT) break;
          if (key.e.type != YAML_SCALAR_EVENT) throw error(key, "keys must be plain text");
          std::string k(reinterpret_cast<const char*>(key.e.data.scalar.value),
                        key.e.data.scalar.length);
          for (const auto& [existing, _] : n.entries)
            if (existing == k) throw error(key, "key '" + k + "' appears twice");
          n.entries.emplace_back(std::move(k), node(next(), depth + 1));
        }
        if (!a.empty()) anchors_[a] = {n, nodes_ - before};
        return n;
      }
      default:
        throw error(ev, "unexpected YAML structure");
    }
  }

  yaml_parser_t parser_{};
  const std::string& path_;
  int first_line_;
  bool seen_document_ = false;
  struct Anchored {
    YamlNode node;
    size_t size = 0;  // values in it, aliases expanded
  };
  std::map<std::string, Anchored> anchors_;
  size_t nodes_ = 0;
};

}  // namespace

const YamlNode& YamlNode::operator[](std::string_view key) const {
  for (const auto& [k, v] : entries)
    if (k == key) return v;
  return missing_node();
}

YamlTree::YamlTree(std::string_view yaml, std::string path, int first_line)
    : path_(std::move(path)), first_line_(first_line) {
  root_ = Builder(yaml, path_, first_line_).build();
  if (root_.is_null()) {
    root_.kind = YamlNode::Kind::kMap;
    root_.line = first_line_;
  }
  if (!root_.is_map()) fail(root_, "expected key: value pairs");
}

void YamlTree::fail(const YamlNode& node, const std::string& message) const {
  throw ContentError(path_, node.line > 0 ? node.line : first_line_, message);
}

std::optional<std::string> YamlTree::get_string(const YamlNode& map, const char* key) const {
  const YamlNode& n = map[key];
  if (n.is_null()) return std::nullopt;
  if (!n.is_scalar()) fail(n, std::string("'") + key + "' must be a single value");
  return n.scalar;
}

std::optional<long> YamlTree::get_int(const YamlNode& map, const char* key) const {
  auto s = get_string(map, key);
  if (!s) return std::nullopt;
  errno = 0;
  char* end = nullptr;
  long v = std::strtol(s->c_str(), &end, 10);
  if (s->empty() || *end != '\0' || errno != 0)
    fail(map[key], std::string("'") + key + "' must be a whole number, not '" + *s + "'");
  return v;
}

std::optional<bool> YamlTree::get_bool(const YamlNode& map, const char* key) const {
  auto s = get_string(map, key);
  if (!s) return std::nullopt;
  if (*s == "true" || *s == "yes" || *s == "True") return true;
  if (*s == "false" || *s == "no" || *s == "False") return false;
  fail(map[key], std::string("'") + key + "' must be true or false, not '" + *s + "'");
}

std::vector<std::string> YamlTree::get_string_list(const YamlNode& map, const char* key) const {
  std::vector<std::string> out;
  const YamlNode& n = map[key];
  if (n.is_null()) return out;
  if (n.is_scalar()) {
    if (!n.scalar.empty()) out.push_back(n.scalar);
    return out;
  }
  if (!n.is_sequence()) fail(n, std::string("'") + key + "' must be a list");
  for (const auto& item : n.items) {
    if (item.is_null()) continue;
    if (!item.is_scalar()) fail(item, std::string("items of '") + key + "' must be single values");
    if (!item.scalar.empty()) out.push_back(item.scalar);
  }
  return out;
}

Value to_value(const YamlNode& node) {
  Value v;
  switch (node.kind) {
    case YamlNode::Kind::kScalar:
      v.kind = Value::Kind::kString;
      v.string = node.scalar;
      if (v.string == "true" || v.string == "false") {
        v.kind = Value::Kind::kBool;
        v.boolean = v.string == "true";
      }
      break;
    case YamlNode::Kind::kSequence:
      v.kind = Value::Kind::kList;
      for (const auto& item : node.items) v.list.push_back(to_value(item));
      break;
    case YamlNode::Kind::kMap:
      v.kind = Value::Kind::kMap;
      for (const auto& [k, item] : node.entries) v.map.emplace_back(k, to_value(item));
      break;
    default:
      break;
  }
  return v;
}

}  // namespace gazette
