package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"
)

type Request struct {
	Path   string
	User   string
	Header map[string]string
}

type Response struct {
	Status int
	Body   string
}

type Handler interface {
	Serve(*Request) Response
}

type HandlerFunc func(*Request) Response

func (f HandlerFunc) Serve(r *Request) Response { return f(r) }

type Middleware func(Handler) Handler

func Chain(h Handler, ms ...Middleware) Handler {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

func Logging(log *[]string) Middleware {
	return func(next Handler) Handler {
		return HandlerFunc(func(r *Request) Response {
			*log = append(*log, "-> "+r.Path)
			resp := next.Serve(r)
			*log = append(*log, fmt.Sprintf("<- %s %d", r.Path, resp.Status))
			return resp
		})
	}
}

func Auth(allowed ...string) Middleware {
	set := map[string]bool{}
	for _, u := range allowed {
		set[u] = true
	}
	return func(next Handler) Handler {
		return HandlerFunc(func(r *Request) Response {
			if !set[r.User] {
				return Response{403, "forbidden"}
			}
			return next.Serve(r)
		})
	}
}

func Recover() Middleware {
	return func(next Handler) Handler {
		return HandlerFunc(func(r *Request) (resp Response) {
			defer func() {
				if p := recover(); p != nil {
					resp = Response{500, fmt.Sprint("internal error: ", p)}
				}
			}()
			return next.Serve(r)
		})
	}
}

type Mux map[string]Handler

func (m Mux) Serve(r *Request) Response {
	if h, ok := m[r.Path]; ok {
		return h.Serve(r)
	}
	return Response{404, "not found: " + r.Path}
}

func (m Mux) Routes() []string {
	var out []string
	for p := range m {
		out = append(out, p)
	}
	sort.Strings(out)
	return out
}

var errDB = errors.New("db down")

func main() {
	mux := Mux{
		"/hello": HandlerFunc(func(r *Request) Response {
			return Response{200, "hello " + strings.ToUpper(r.User)}
		}),
		"/panic": HandlerFunc(func(r *Request) Response {
			panic(errDB)
		}),
		"/time": HandlerFunc(func(*Request) Response {
			d := 90 * time.Minute
			return Response{200, d.String()}
		}),
	}
	var log []string
	app := Chain(mux, Logging(&log), Recover(), Auth("ann", "bob"))
	for _, r := range []*Request{
		{Path: "/hello", User: "ann"},
		{Path: "/hello", User: "eve"},
		{Path: "/missing", User: "bob"},
		{Path: "/panic", User: "bob"},
		{Path: "/time", User: "ann"},
	} {
		resp := app.Serve(r)
		fmt.Printf("%-8s %-4s %d %q\n", r.Path, r.User, resp.Status, resp.Body)
	}
	fmt.Println(strings.Join(log, " | "))
	fmt.Println(mux.Routes())
	var h Handler = HandlerFunc(nil)
	fmt.Println(h != nil)
	fmt.Printf("%T %T\n", app, mux)
}
