package org.assay.cli;


import org.assay.core.formats.Format;
import org.assay.core.formats.StatusFilter;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Value types shared by several subcommands, with the messages users see when a value is wrong. */
final class Options {

	private Options() {
	}

	/** jsonl, xmi, conll2003, brat (any case). */
	static final class FormatConverter implements ITypeConverter<Format> {
		@Override
		public Format convert(String value) {
			try {
				return Format.parse(value);
			} catch (IllegalArgumentException e) {
				throw new TypeConversionException(e.getMessage());
			}
		}
	}

	/** gold or all. */
	static final class StatusConverter implements ITypeConverter<StatusFilter> {
		@Override
		public StatusFilter convert(String value) {
			try {
				return StatusFilter.parse(value);
			} catch (IllegalArgumentException e) {
				throw new TypeConversionException(e.getMessage());
			}
		}
	}

	/** A whole number of at least 1. */
	static final class PositiveConverter implements ITypeConverter<Integer> {
		@Override
		public Integer convert(String value) {
			try {
				int n = Integer.parseInt(value);
				if (n >= 1) {
					return n;
				}
			} catch (NumberFormatException e) {
				// said below
			}
			throw new TypeConversionException("must be a positive whole number, not '" + value + "'");
		}
	}
}
