// Verifies that every internal link of a built site resolves to a file.
//
// Parses each .html file with libxml2's HTML parser (so the check sees what a
// browser sees, not what a regex guesses) and reads href/src of a, link, img,
// script, source, iframe; parses .xml files (feeds, sitemaps) for <loc> and
// <link href>. A link is internal when it is relative, root-relative, or
// starts with the site's base URL; it resolves when the file exists, "dir/"
// meaning "dir/index.html". Fragments ("#page-1") must name an id or a name
// in the target page. External links are not fetched.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace gazette {

struct BrokenLink {
  std::string file;  // relative to the output folder
  int line = 0;
  std::string link;
  std::string reason;
};

struct LinkReport {
  size_t files = 0;                // HTML and XML files parsed
  size_t links = 0;                // internal links checked
  std::vector<BrokenLink> broken;  // sorted by file, line
};

LinkReport check_links(const std::filesystem::path& out_dir, const std::string& base_url,
                       unsigned jobs);

}  // namespace gazette
