package main

import (
	"context"
	"fmt"

	"golang.org/x/sync/errgroup"
)

// FetchAll fetches every URL concurrently and returns the bodies in the
// order of urls. The first error cancels the other fetches and is returned.
func FetchAll(ctx context.Context, urls []string, fetch func(ctx context.Context, url string) (string, error)) ([]string, error) {
	bodies := make([]string, len(urls))
	g, ctx := errgroup.WithContext(ctx)
	for i, url := range urls {
		g.Go(func() error {
			body, err := fetch(ctx, url)
			if err != nil {
				return fmt.Errorf("fetch %s: %w", url, err)
			}
			bodies[i] = body // each goroutine writes its own element
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		return nil, err
	}
	return bodies, nil
}

func main() {
	bodies, err := FetchAll(context.Background(), []string{"a", "b"}, func(ctx context.Context, url string) (string, error) {
		return "<html>" + url + "</html>", nil
	})
	fmt.Println(bodies, err)
}
