// The template part of tokenizer.h (included at its end; not on its own).
#pragma once

#include "text/utf8.h"

namespace gazette::search {

template <class Emit>
uint32_t tokenize(std::string_view text, uint32_t start, Emit&& emit) {
  uint32_t pos = start;
  std::string word;
  char32_t prev_unit = 0;  // the unit character just before, 0 when none
  auto end_word = [&] {
    if (word.empty()) return;
    Key k;
    k.kind = KeyKind::kWord;
    k.word = word;
    k.position = pos++;
    emit(k);
    word.clear();
  };
  auto end_run = [&] { prev_unit = 0; };
  for (size_t i = 0; i < text.size();) {
    const char32_t cp = fold(next_code_point(text, i));
    switch (classify(cp)) {
      case CharClass::kUnit: {
        end_word();
        Key uni;
        uni.kind = KeyKind::kUnigram;
        uni.a = cp;
        uni.position = pos;
        emit(uni);
        if (prev_unit != 0) {
          Key bi;
          bi.kind = KeyKind::kBigram;
          bi.a = prev_unit;
          bi.b = cp;
          bi.position = pos - 1;
          emit(bi);
        }
        prev_unit = cp;
        ++pos;
        break;
      }
      case CharClass::kWord:
        end_run();
        append_utf8(word, cp);
        break;
      case CharClass::kSpace:
        end_word();
        end_run();
        break;
      case CharClass::kOther:
        end_word();
        end_run();
        ++pos;
        break;
    }
  }
  end_word();
  return pos + 1;
}

}  // namespace gazette::search
