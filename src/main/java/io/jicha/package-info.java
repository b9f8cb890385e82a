/**
 * jicha (稽查): a shell for supervisory reviews of environmental enforcement offices.
 * The domain packages ({@code journal}, {@code session}, {@code rubric}, {@code record},
 * {@code sampling}, {@code scoring}, {@code finding}, {@code report}, {@code stats}) are
 * plain Java; {@code shell} holds the thin Spring Shell adapters.
 */
package io.jicha;
