package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

type key string

var errShutdown = errors.New("shutting down")

func main() {
	ctx := context.WithValue(context.Background(), key("user"), "ann")
	ctx = context.WithValue(ctx, key("id"), 7)
	fmt.Println(ctx.Value(key("user")), ctx.Value(key("id")), ctx.Value(key("none")), ctx.Value("user"))
	cctx, cancel := context.WithCancelCause(ctx)
	cancel(errShutdown)
	cancel(errors.New("ignored"))
	fmt.Println(cctx.Err(), context.Cause(cctx), cctx.Value(key("user")))
	c2, cancel2 := context.WithCancelCause(context.Background())
	cancel2(nil)
	fmt.Println(c2.Err(), context.Cause(c2))
	tctx, tcancel := context.WithTimeoutCause(context.Background(), 10*time.Millisecond, errors.New("too slow"))
	defer tcancel()
	<-tctx.Done()
	fmt.Println(tctx.Err(), context.Cause(tctx))
	child, ccancel := context.WithCancel(cctx)
	defer ccancel()
	fmt.Println(child.Err(), context.Cause(child))
	fmt.Println(context.Cause(context.Background()))
	wc := context.WithoutCancel(cctx)
	fmt.Println(wc.Err(), wc.Value(key("id")))
}
