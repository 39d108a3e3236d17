// Files first, then the index: a crash between the two leaves a file the index
// does not hold yet, which the redo log (Workflow::recover) or casekb-index
// carries over; never an indexed case without its file.
#include "workflow/publisher.h"

#include <xapian.h>

#include <fstream>
#include <sstream>

#include "case/case_file.h"
#include "case/file_stamp.h"
#include "workflow/atomic_file.h"

namespace casekb {

Publisher::Publisher(PublisherOptions options, const LintContext& lint, std::function<void()> after_commit)
    : options_(std::move(options)), lint_(lint), after_commit_(std::move(after_commit)) {}

std::string Publisher::case_path(const std::string& id) const { return options_.corpus_dir + "/cases/" + id + ".md"; }

Publisher::Writer Publisher::open_writer() const {
  Writer out;
  IndexWriter::Opened opened = IndexWriter::open(options_.db_path, options_.holder, options_.lock_wait);
  if (!opened.writer) {
    out.error = opened.error.empty() ? "索引を開けません。" : opened.error;
    return out;
  }
  out.index = std::move(opened.writer);
  return out;
}

std::optional<std::string> Publisher::read_case_file(const std::string& id) const {
  if (!is_valid_case_id(id)) return std::nullopt;
  std::ifstream in(case_path(id), std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

std::size_t Publisher::clean_up() const { return remove_stale_temporary_files(options_.corpus_dir + "/cases"); }

std::optional<std::string> Publisher::write_case(IndexWriter& writer, const std::string& id,
                                                 const std::string& text) const {
  if (!is_valid_case_id(id)) return "事例 ID「" + id + "」は使えません。";
  const std::string path = case_path(id);
  // The same check casekb-index makes, so the index holds what a rebuild would.
  LintResult checked = lint_case(id, text, lint_, path);
  if (!checked.value) return "事例「" + id + "」に誤りがあるため公開できません。";
  if (auto error = write_file_atomically(path, text)) return error;
  std::optional<FileStamp> stamp = stat_file(path);
  if (!stamp) return "公開したファイル " + path + " を確かめられません。";
  stamp->sha256 = sha256_hex(text);
  try {
    writer.put(*checked.value, *stamp);
  } catch (const Xapian::Error& e) {
    return "索引に書き込めません（" + e.get_description() + "）。";
  }
  if (auto error = writer.commit()) return error;
  if (after_commit_) after_commit_();
  return std::nullopt;
}

std::optional<std::string> Publisher::remove_case(IndexWriter& writer, const std::string& id) const {
  if (!is_valid_case_id(id)) return "事例 ID「" + id + "」は使えません。";
  if (auto error = remove_file_durably(case_path(id))) return error;
  try {
    writer.remove(id);
  } catch (const Xapian::Error& e) {
    return "索引から削除できません（" + e.get_description() + "）。";
  }
  if (auto error = writer.commit()) return error;
  if (after_commit_) after_commit_();
  return std::nullopt;
}

}  // namespace casekb
