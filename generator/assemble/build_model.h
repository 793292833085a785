// Turns loaded content into the immutable Site: the second stage of a build.
//
// Drops drafts; makes an edition for every date that has articles (creating it
// when there is no _index.md); orders editions newest first and articles in
// print order (page, then `order`, then slug); links neighbours; fills URLs;
// groups taxonomy terms in pinyin order with unique ASCII slugs. Runs in
// O(n log n). Throws ContentError for clashes a build cannot resolve (a
// standalone page whose URL is taken by a generated section).
#pragma once

#include "model/loaded_content.h"
#include "model/site.h"

namespace gazette {

Site build_model(SiteConfig config, LoadedContent content);

}  // namespace gazette
