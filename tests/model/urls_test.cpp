#include "model/urls.h"

#include <catch2/catch.hpp>

using namespace gazette;

TEST_CASE("urls: every scheme starts and ends with a slash, dates zero-padded", "[model]") {
  CHECK(urls::year(2023) == "/2023/");
  CHECK(urls::year(987) == "/0987/");
  CHECK(urls::month(2023, 7) == "/2023/07/");
  CHECK(urls::month(2023, 12) == "/2023/12/");
  CHECK(urls::edition(Date{2023, 7, 20}) == "/2023/07/20/");
  CHECK(urls::edition(Date{2020, 1, 5}) == "/2020/01/05/");
  CHECK(urls::article(Date{2023, 7, 20}, "huan-wei") == "/2023/07/20/huan-wei/");
  CHECK(urls::taxonomy("tags") == "/tags/");
  CHECK(urls::term("authors", "qiu-dong-fang") == "/authors/qiu-dong-fang/");
  CHECK(urls::standalone("about") == "/about/");
  CHECK(urls::kHome == "/");
  CHECK(urls::kFeed == "/atom.xml");
  CHECK(urls::kNotFound == "/404.html");
  CHECK(urls::kSearch == "/search/");
}

TEST_CASE("urls: page 1 of a list is the list itself, page k is under page/k/", "[model]") {
  const std::string first = urls::term("tags", "ping-cheng-qu");
  CHECK(urls::paged(first, 1) == "/tags/ping-cheng-qu/");
  CHECK(urls::paged(first, 2) == "/tags/ping-cheng-qu/page/2/");
  CHECK(urls::paged(first, 12) == "/tags/ping-cheng-qu/page/12/");
  CHECK(urls::paged("/", 3) == "/page/3/");
  CHECK(urls::paged(first, 0) == first);  // never a page/0/
}

TEST_CASE("urls: a folder URL is written as its index.html, a file URL as itself", "[model]") {
  CHECK(urls::output_file("/") == "index.html");
  CHECK(urls::output_file("/2023/") == "2023/index.html");
  CHECK(urls::output_file(urls::article(Date{2023, 7, 20}, "zhi-yuan")) ==
        "2023/07/20/zhi-yuan/index.html");
  CHECK(urls::output_file(urls::paged("/tags/huan-wei/", 2)) == "tags/huan-wei/page/2/index.html");
  CHECK(urls::output_file(urls::kFeed) == "atom.xml");
  CHECK(urls::output_file(urls::kNotFound) == "404.html");
  CHECK(urls::output_file("") == "index.html");
}
