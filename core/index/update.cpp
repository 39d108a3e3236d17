// update_index: compare files with the index's stamps, then write through the
// one writer, or build a fresh generation.
#include "index/update.h"

#include <xapian.h>

#include <chrono>
#include <unordered_set>

#include "index/schema.h"
#include "index/writer.h"

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
  Problems fatal;
  const auto started = std::chrono::steady_clock::now();
  std::optional<Corpus> corpus = load_corpus(corpus_dir, fatal, options.reading_progress);
  report.check_seconds = seconds_since(started);
  if (!corpus) {
    report.problems = std::move(fatal);
    report.result = UpdateReport::Result::kInvalid;
    report.message = "コーパスを読めないため、索引は更新していません。";
    return report;
  }
  report.problems = std::move(corpus->problems);
  report.invalid = corpus->files_invalid;
  if (corpus->files_invalid > 0 && !options.allow_invalid) {
    report.result = UpdateReport::Result::kInvalid;
    return report;
  }
  BuildInput input{corpus->cases, corpus->stamps, options.index, {{std::string(kConfigMetadataKey), corpus->config_sha256}},
                   options.holder};
  const BuildOutcome built = build_index(db_path, input, options.writing_progress);
  if (!built.ok) {
    report.message = built.message;
    return report;
  }
  report.write_seconds = built.write_seconds;
  report.compact_seconds = built.compact_seconds;
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
