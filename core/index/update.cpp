// update_index: compare files with the index's stamps, then write through the
// one writer, or build a fresh generation.
#include "index/update.h"

#include <xapian.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <set>
#include <unordered_set>

#include "index/schema.h"
#include "index/writer.h"
#include "index/writer_lock.h"
#include "case/problem.h"

namespace casekb {

namespace {

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

UpdateReport rebuild(const std::string& corpus_dir, const std::string& db_path, const UpdateOptions& options,
                     std::string reason) {
  UpdateReport report;
  report.rebuilt = true;
  report.rebuild_reason = std::move(reason);
  // The lock first, then the listing: a publish committed while the corpus is
  // being read would otherwise be missing from the new generation.
  if (std::optional<std::string> foreign = refuse_foreign_database(db_path)) {
    report.message = *foreign;
    return report;
  }
  std::error_code ec;
  std::filesystem::create_directories(db_path, ec);
  WriterLock lock(db_path, options.holder);
  if (!lock.locked()) {
    report.message = lock.refusal();
    return report;
  }
  Problems fatal;
  const std::unique_ptr<OpenedCorpus> corpus = OpenedCorpus::open(corpus_dir, fatal);
  if (!corpus) {
    report.problems = std::move(fatal);
    report.result = UpdateReport::Result::kInvalid;
    report.message = "コーパスを読めないため、索引は更新していません。";
    return report;
  }
  // Each file is read, checked and turned into a document in one pass, in
  // the build's own threads. A file with an error stops documents from being
  // made (unless --allow-invalid) but every file is still checked, so that
  // every problem is reported.
  const std::size_t count = corpus->paths().size();
  std::vector<OpenedCorpus::CheckedFile> checked(count);
  std::atomic<bool> invalid{false};
  DocumentSource source;
  source.count = count;
  source.make = [&](std::size_t i) -> std::optional<Xapian::Document> {
    OpenedCorpus::CheckedFile file = corpus->check_file(i);
    std::optional<Xapian::Document> doc;
    if (!file.value) {
      invalid = true;
    } else if (options.allow_invalid || !invalid) {
      doc = make_index_document(*file.value, options.index);
      doc->add_value(kFileStampSlot, encode_file_stamp(file.id, file.stamp));
    }
    file.value.reset();  // the document has it: keep only problems and ids
    checked[i] = std::move(file);
    return doc;
  };
  source.abandoned = [&] { return invalid && !options.allow_invalid; };
  static const std::vector<Case> kNoCases;
  BuildInput input{kNoCases, {}, options.index, {{std::string(kConfigMetadataKey), corpus->config_sha256()}},
                   options.holder, true};
  const BuildOutcome built = build_index(db_path, source, input, options.writing_progress);
  report.check_seconds = 0;  // checking happens inside the build's write phase
  report.write_seconds = built.write_seconds;
  report.compact_seconds = built.compact_seconds;
  report.problems = corpus->problems();
  if (!built.ok && !built.abandoned) {  // never started (another writer) or failed: no file was read, or it does not matter
    report.message = built.message;
    return report;
  }
  std::set<std::string> seen;
  for (std::size_t i = 0; i < count; ++i) {
    OpenedCorpus::CheckedFile& file = checked[i];
    if (!seen.insert(file.id).second) {  // two files for one id (only after a bad file name)
      Problem duplicate;
      duplicate.path = corpus->paths()[i];
      duplicate.rule = "duplicate-id";
      duplicate.message = "事例 ID「" + file.id + "」が重複しています。";
      file.problems.push_back(std::move(duplicate));
    }
    if (has_errors(file.problems)) ++report.invalid;
    report.problems.insert(report.problems.end(), file.problems.begin(), file.problems.end());
  }
  if (built.abandoned || (report.invalid > 0 && !options.allow_invalid)) {
    report.result = UpdateReport::Result::kInvalid;
    return report;
  }
  report.added = built.documents;
  report.documents = built.documents;
  report.generation_path = built.generation_path;
  report.result = UpdateReport::Result::kOk;
  return report;
}

}  // namespace

UpdateReport update_index(const std::string& corpus_dir, const std::string& db_path, const UpdateOptions& options) {
  if (options.rebuild) return rebuild(corpus_dir, db_path, options, "");
  IndexWriter::Opened opened = IndexWriter::open(db_path, options.holder);
  if (opened.no_index) return rebuild(corpus_dir, db_path, options, "索引がまだないため、すべての事例から作りました。");
  if (opened.other_schema) {
    return rebuild(corpus_dir, db_path, options, opened.error + "すべての事例から作り直しました。");
  }
  if (!opened.writer) {
    UpdateReport report;
    report.message = opened.error;
    return report;
  }
  IndexWriter& writer = *opened.writer;
  const std::unordered_map<std::string, FileStamp> held = writer.stamps();
  const KnownFile known = [&](const CaseFileInfo& info) {
    const auto it = held.find(info.id);
    if (it == held.end() || it->second.sha256.empty()) return false;
    if (info.stamp.sha256.empty()) return !options.verify && it->second.same_stat(info.stamp);
    return info.stamp.sha256 == it->second.sha256;
  };
  Problems fatal;
  const auto started = std::chrono::steady_clock::now();
  std::optional<Corpus> corpus = load_corpus(corpus_dir, fatal, options.reading_progress, known);
  UpdateReport report;
  report.check_seconds = seconds_since(started);
  const auto writing = std::chrono::steady_clock::now();
  if (!corpus) {
    report.problems = std::move(fatal);
    report.result = UpdateReport::Result::kInvalid;
    report.message = "コーパスを読めないため、索引は更新していません。";
    return report;
  }
  if (writer.metadata(kConfigMetadataKey) != corpus->config_sha256) {
    opened.writer.reset();  // the rebuild takes the lock itself
    return rebuild(corpus_dir, db_path, options,
                   "taxonomy.yaml か anonymity-allow.txt が変わったため、すべての事例を検査し直して作り直しました。");
  }
  if (corpus->cases.size() > kMaxIncrementalChanges) {
    opened.writer.reset();
    return rebuild(corpus_dir, db_path, options,
                   std::to_string(corpus->cases.size()) + " 件が変わっていたため、差分ではなく作り直しました。");
  }
  report.problems = std::move(corpus->problems);
  report.invalid = corpus->files_invalid;
  if (corpus->files_invalid > 0 && !options.allow_invalid) {
    report.result = UpdateReport::Result::kInvalid;
    return report;  // the writer is dropped uncommitted: the index is untouched
  }
  try {
    std::unordered_set<std::string> on_disk(corpus->unchanged_ids.begin(), corpus->unchanged_ids.end());
    for (std::size_t i = 0; i < corpus->cases.size(); ++i) {
      const Case& c = corpus->cases[i];
      on_disk.insert(c.id);
      (held.count(c.id) ? report.changed : report.added) += 1;
      writer.put(c, corpus->stamps[i], options.index);
    }
    for (const auto& [id, stamp] : corpus->restamped) writer.restamp(id, stamp);
    // Cases whose files are gone, or (with --allow-invalid) now invalid.
    for (const auto& [id, stamp] : held) {
      if (!on_disk.count(id) && writer.remove(id)) ++report.removed;
    }
  } catch (const Xapian::Error& e) {
    report.message = "索引を更新できませんでした（" + e.get_description() + "）。索引は以前のままです。";
    return report;
  } catch (const std::exception& e) {
    report.message = std::string("索引を更新できませんでした（") + e.what() + "）。索引は以前のままです。";
    return report;
  }
  if (std::optional<std::string> error = writer.commit()) {
    report.message = *error;
    return report;
  }
  report.write_seconds = seconds_since(writing);
  report.unchanged = corpus->unchanged_ids.size();
  report.documents = writer.document_count();
  report.generation_path = writer.generation_path();
  report.result = UpdateReport::Result::kOk;
  return report;
}

}  // namespace casekb
