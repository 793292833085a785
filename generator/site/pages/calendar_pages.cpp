// Year and month pages: calendars of the editions.
#include "model/urls.h"
#include "site/page_kind.h"

namespace gazette {
namespace {

using mdata = mustache::data;

// A year: job.a is the year.
PageLocation year_locate(const RenderJob& job, const Site&) {
  std::string url = urls::year(job.a);
  return page_at(url);
}

void year_fingerprint(const RenderJob& job, const PageContext& ctx, Hasher& h) {
  h.add(static_cast<uint64_t>(job.a));
  for (int m = 1; m <= 12; ++m)
    if (const auto* eds = ctx.data.editions_in_month(job.a, m))
      for (int e : *eds) h.add(ctx.site.editions[static_cast<size_t>(e)].url);
}

mdata year_data(const RenderJob& job, const PageContext& ctx) {
  mdata months(mdata::type::list);
  for (int m = 1; m <= 12; ++m) months.push_back(ctx.data.calendar_month(job.a, m));
  mdata y;
  put(y, "year", std::to_string(job.a));
  put(y, "months", std::move(months));
  mdata page = ctx.data.page("year", std::to_string(job.a) + "年", urls::year(job.a));
  put(page, "year", std::move(y));
  return page;
}

// A month: job.a is the year, job.b the month.
PageLocation month_locate(const RenderJob& job, const Site&) {
  std::string url = urls::month(job.a, job.b);
  return page_at(url);
}

void month_fingerprint(const RenderJob& job, const PageContext& ctx, Hasher& h) {
  h.add(static_cast<uint64_t>(job.a)).add(static_cast<uint64_t>(job.b));
  if (const auto* eds = ctx.data.editions_in_month(job.a, job.b))
    for (int e : *eds) {
      const Edition& ed = ctx.site.editions[static_cast<size_t>(e)];
      h.add(ed.url);
      for (const auto& p : ed.pages) h.add(p.articles.size());
    }
}

mdata month_data(const RenderJob& job, const PageContext& ctx) {
  mdata page = ctx.data.page("month", std::to_string(job.a) + "年" + std::to_string(job.b) + "月",
                             urls::month(job.a, job.b));
  put(page, "month", ctx.data.calendar_month(job.a, job.b));
  return page;
}

}  // namespace

const PageKindDef kYearPage{"year", year_locate, year_fingerprint, year_data};
const PageKindDef kMonthPage{"month", month_locate, month_fingerprint, month_data};

}  // namespace gazette
