// Turns loaded content into the immutable Site: the second stage of a build.
//
// Drops drafts; makes an edition for every date that has articles (creating it
// when there is no _index.md); orders editions newest first and articles in
// print order (page, then `order`, then slug); links neighbours; fills URLs;
// groups taxonomy terms in pinyin order with unique ASCII slugs. Runs in
// O(n log n). Throws ContentError for clashes a build cannot resolve (a
// standalone page whose URL is taken by a generated section).
#pragma once

#include <cstdint>

#include "model/loaded_content.h"
#include "model/site.h"

namespace gazette {

Site build_model(SiteConfig config, LoadedContent content);

// Everything of a parsed article that build_model reads to place it: its
// file name and edition, date, page, order, page name, draft flag, terms and
// table count. Two parsed articles with the same key get the same URL, place,
// neighbours, terms and related articles in a Site whatever their other
// fields (title, text, photos...), and the same pages are planned. Keep it in
// step with build_model.
uint64_t placement_key(const Article& parsed);

// `parsed` placed as `placed` is (the article of a Site that build_model made
// from a parsed article with the same placement_key): what build_model would
// make of `parsed` in its place. For patching one article into a Site.
Article placed_like(const Article& placed, Article parsed);

}  // namespace gazette
