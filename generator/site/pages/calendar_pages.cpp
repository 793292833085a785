// Year and month pages: calendars of the editions, with the intro text of
// the year's or month's own _index.md when there is one.
#include "markdown/markdown.h"
#include "model/urls.h"
#include "site/page_kind.h"

namespace gazette {
namespace {

using mdata = mustache::data;

// What PageData::calendar_month() shows of a month: its editions' URLs and
// how many articles each has.
void hash_month(int year, int month, const PageContext& ctx, Hasher& h) {
  const auto* eds = ctx.data.editions_in_month(year, month);
  h.add(static_cast<uint64_t>(month)).add(eds ? eds->size() : 0);
  if (!eds) return;
  for (int e : *eds) {
    const Edition& ed = ctx.site.editions[static_cast<size_t>(e)];
    h.add(ed.url);
    for (const auto& p : ed.pages) h.add(p.articles.size());
  }
}

// The year's or month's _index.md: its bytes decide its title and intro.
void hash_section(int year, int month, const PageContext& ctx, Hasher& h) {
  const SectionIndex* s = ctx.data.section(year, month);
  h.add(s ? s->source.content_hash : 0);
}

// The page data shared by both: {page, content (the intro, if any)}.
mdata calendar_page(const char* kind, int year, int month, std::string title,
                    const std::string& url, const PageContext& ctx) {
  const SectionIndex* s = ctx.data.section(year, month);
  if (s && !s->title.empty()) title = s->title;
  mdata page = ctx.data.page(kind, title, url);
  if (s) {
    const std::string intro = markdown_to_html(read_body(ctx.site, s->source));
    if (!intro.empty()) put(page, "content", intro);
    put(page, "params", to_mustache(s->params));
  }
  return page;
}

// A year: job.a is the year.
PageLocation year_locate(const RenderJob& job, const Site&) { return page_at(urls::year(job.a)); }

void year_fingerprint(const RenderJob& job, const PageContext& ctx, Hasher& h) {
  h.add(static_cast<uint64_t>(job.a));
  for (int m = 1; m <= 12; ++m) hash_month(job.a, m, ctx, h);
  hash_section(job.a, 0, ctx, h);
}

mdata year_data(const RenderJob& job, const PageContext& ctx) {
  std::vector<mdata> months;
  months.reserve(12);
  for (int m = 1; m <= 12; ++m) months.push_back(ctx.data.calendar_month(job.a, m));
  mdata y;
  put(y, "year", std::to_string(job.a));
  put(y, "months", list_of(std::move(months)));
  mdata page =
      calendar_page("year", job.a, 0, std::to_string(job.a) + "年", urls::year(job.a), ctx);
  put(page, "year", std::move(y));
  return page;
}

// A month: job.a is the year, job.b the month.
PageLocation month_locate(const RenderJob& job, const Site&) {
  return page_at(urls::month(job.a, job.b));
}

void month_fingerprint(const RenderJob& job, const PageContext& ctx, Hasher& h) {
  h.add(static_cast<uint64_t>(job.a));
  hash_month(job.a, job.b, ctx, h);
  hash_section(job.a, job.b, ctx, h);
}

mdata month_data(const RenderJob& job, const PageContext& ctx) {
  mdata page = calendar_page("month", job.a, job.b,
                             std::to_string(job.a) + "年" + std::to_string(job.b) + "月",
                             urls::month(job.a, job.b), ctx);
  put(page, "month", ctx.data.calendar_month(job.a, job.b));
  return page;
}

}  // namespace

const PageKindDef kYearPage{"year", year_locate, year_fingerprint, year_data};
const PageKindDef kMonthPage{"month", month_locate, month_fingerprint, month_data};

}  // namespace gazette
