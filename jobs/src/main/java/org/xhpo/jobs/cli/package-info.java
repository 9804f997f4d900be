/**
 * The {@code xhpo} command line: {@link org.xhpo.jobs.cli.XhpoMain} parses and dispatches; each command is a
 * class of its own ({@code RunCommand}, {@code AnalyzeCommand}, {@code SqlCommand}, {@code BenchCommands},
 * {@code DataCommand}) that keeps its options next to its code.
 */
package org.xhpo.jobs.cli;
