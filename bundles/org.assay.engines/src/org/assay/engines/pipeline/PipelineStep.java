package org.assay.engines.pipeline;

import org.apache.uima.analysis_engine.AnalysisEngine;

/**
 * One engine of the pipeline, run on its own so that its failure on a document costs that
 * document only this engine's output.
 *
 * @param name   what users read when it fails ("opennlp-segmenter", "assay-claims@0.1.0")
 * @param engine the engine, ready to process
 */
public record PipelineStep(String name, AnalysisEngine engine) {
}
