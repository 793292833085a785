#include "text/json.h"

#include <catch2/catch.hpp>

using namespace gazette;

TEST_CASE("JSON strings escape quotes, controls and what could close a script", "[text]") {
  std::string out;
  append_json_string(out, "“平城”\"a\\b\"\n\t</script>&\x01");
  CHECK(out == "\"“平城”\\\"a\\\\b\\\"\\n\\t\\u003c/script\\u003e\\u0026\\u0001\"");
}
