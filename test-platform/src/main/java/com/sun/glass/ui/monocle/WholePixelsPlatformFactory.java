package com.sun.glass.ui.monocle;

import java.nio.Buffer;
import java.nio.ByteBuffer;
import java.nio.IntBuffer;

/**
 * Monocle's headless platform, whose screen composes a window's pixels from a view of JavaFX's
 * buffer instead of the buffer itself. The tests select it in the POM's {@code headless.argLine}
 * ({@code -Dmonocle.platform=com.sun.glass.ui.monocle.WholePixelsPlatformFactory}); it lives in
 * Monocle's package because the headless classes it extends are package-private there.
 *
 * <p>Why: a window's frame reaches the headless screen as the {@code IntBuffer} of a
 * {@code com.sun.glass.ui.Pixels} that JavaFX's {@code QueuedPixelSource} keeps for reuse.
 * Monocle's {@code Framebuffer.composePixels} moves that buffer's position and <em>limit</em> to
 * copy the rows (openjfx-monocle 17.0.10 with JavaFX 21), and nothing restores the limit:
 * {@code Pixels.getPixels()} rewinds, it does not clear. So the next frame of the same scene
 * fails in JavaFX's {@code UploadingPainter}, which prints the trace and drops the frame:
 * <ul>
 *   <li>when the window was partly off the 1920 × 1200 headless screen (the copy stopped at its
 *       edge): {@code java.nio.BufferOverflowException} at {@code UploadingPainter.run}, frame
 *       after frame;</li>
 *   <li>when the window shrank and then grew again (the smaller frame's limit is left on a
 *       buffer reused for the larger one): {@code IllegalArgumentException: Too small int
 *       buffer size 720x320 [230400] > 180000}.</li>
 * </ul>
 * A desktop platform (GTK, Windows, macOS) copies the pixels without touching the buffer; only
 * Monocle does this, so the installed app, which never runs on Monocle with a window, is not
 * concerned. Handing Monocle a duplicate (its own position and limit over the same pixels)
 * leaves JavaFX's buffer as JavaFX left it.
 */
public final class WholePixelsPlatformFactory extends NativePlatformFactory {

    private final HeadlessPlatformFactory headless = new HeadlessPlatformFactory();

    public WholePixelsPlatformFactory() {
    }

    @Override
    protected boolean matches() {
        return headless.matches();
    }

    @Override
    protected int getMajorVersion() {
        return headless.getMajorVersion();
    }

    @Override
    protected int getMinorVersion() {
        return headless.getMinorVersion();
    }

    @Override
    protected NativePlatform createNativePlatform() {
        return new HeadlessPlatform() {
            @Override
            protected NativeScreen createScreen() {
                return new WholePixelsScreen();
            }
        };
    }

    /** The headless screen (size from {@code -Dheadless.geometry}), composing from a view of each buffer. */
    static final class WholePixelsScreen extends HeadlessScreen {

        @Override
        public void uploadPixels(Buffer pixels, int x, int y, int width, int height, float alpha) {
            super.uploadPixels(view(pixels), x, y, width, height, alpha);
        }

        static Buffer view(Buffer pixels) {
            if (pixels instanceof IntBuffer ints) {
                return ints.duplicate();
            }
            if (pixels instanceof ByteBuffer bytes) {
                return bytes.duplicate().order(bytes.order());
            }
            return pixels;
        }
    }
}
