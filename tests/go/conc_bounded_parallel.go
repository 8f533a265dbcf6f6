package main

import (
	"context"
	"fmt"
	"strings"
	"time"

	"golang.org/x/sync/errgroup"
)

func fetch(ctx context.Context, url string) (string, error) {
	select {
	case <-time.After(time.Duration(len(url)) * time.Millisecond):
		return strings.ToUpper(url), nil
	case <-ctx.Done():
		return "", ctx.Err()
	}
}

func main() {
	urls := []string{"a.io", "bb.io", "ccc.io", "dddd.io", "e.io", "ff.io"}
	results := make([]string, len(urls))
	g, ctx := errgroup.WithContext(context.Background())
	g.SetLimit(2)
	for i, u := range urls {
		g.Go(func() error {
			r, err := fetch(ctx, u)
			results[i] = r
			return err
		})
	}
	if err := g.Wait(); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Println(strings.Join(results, " "))
}
