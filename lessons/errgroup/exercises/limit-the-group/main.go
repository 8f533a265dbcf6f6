package main

import (
	"context"
	"fmt"

	"golang.org/x/sync/errgroup"
)

// ResizeAll calls resize for every image, at most limit at a time. The
// first error cancels the others and is returned.
func ResizeAll(ctx context.Context, images []string, limit int, resize func(context.Context, string) error) error {
	g, ctx := errgroup.WithContext(ctx)
	for _, img := range images {
		g.Go(func() error {
			if err := resize(ctx, img); err != nil {
				return fmt.Errorf("resize %s: %w", img, err)
			}
			return nil
		})
	}
	return g.Wait()
}

func main() {
	err := ResizeAll(context.Background(), []string{"a.png", "b.png"}, 1, func(ctx context.Context, img string) error {
		fmt.Println("resizing", img)
		return nil
	})
	fmt.Println("error:", err)
}
