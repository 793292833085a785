#include <iostream>

#include "cli/commands.h"

namespace gazette {

int run_serve(const ServeOptions&) {
  std::cerr << "gazette serve: not available in this build yet\n";
  return 2;
}

}  // namespace gazette
