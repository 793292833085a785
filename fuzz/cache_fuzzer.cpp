// The caches' decoders on any bytes (a damaged or foreign file): a parsed
// content record, the model snapshot's placed documents, a search shard,
// the pinyin cache. Each accepts the bytes
// or rejects them with an exception the build turns into a warning; none
// crashes or reads out of bounds. What a shard decodes to encodes back to
// the same bytes (the format is canonical). And the bytes as an article
// file: when it reads, its cache record decodes to what encodes the same.
#include <stdexcept>

#include "content/article_reader.h"
#include "content_cache/content_cache.h"
#include "fuzz_support.h"
#include "model/codec.h"
#include "model/site_config.h"
#include "search/shard_format.h"
#include "text/slug.h"
#include "util/error.h"

using namespace gazette;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes = fuzz::text(data, size);
  try {
    ContentCache::decode(bytes);
  } catch (const std::runtime_error&) {
  }
  try {  // a placed article, edition and taxonomy, in a row
    BinaryReader r(bytes);
    const Article a = codec::get_placed_article(r);
    codec::get_placed_edition(r);
    codec::get_taxonomy(r);
    BinaryWriter w;
    codec::put_placed_article(w, a);
    BinaryReader again(w.data());
    BinaryWriter w2;
    codec::put_placed_article(w2, codec::get_placed_article(again));
    if (w2.data() != w.data()) fuzz::broken("a placed article decodes to what it encoded");
  } catch (const std::runtime_error&) {
  }
  try {
    const search::ShardContents shard = search::decode_shard(bytes);
    if (search::encode_shard(shard) != bytes)
      fuzz::broken("a decoded shard encodes back to its bytes");
  } catch (const std::runtime_error&) {
  }
  import_transliteration_cache(bytes);
  try {
    const Article a = read_article(bytes, SourceRef{"content/2023/07/20/a.md"},
                                   *Date::parse("2023-07-20"), SiteConfig{});
    const std::string record = ContentCache::encode(a);
    if (ContentCache::encode(ContentCache::decode(record)) != record)
      fuzz::broken("a cache record decodes to what it encoded");
  } catch (const ContentError&) {
  }
  return 0;
}
