#include <iostream>

#include "cli/commands.h"

namespace gazette {

int run_import(const ImportOptions&) {
  std::cerr << "gazette import: not available in this build yet\n";
  return 2;
}

}  // namespace gazette
